
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Spróbuj ponownie`,
'action.retry-consents': `Zapisz moje preferencje`,
'action.show-password': `Pokaż`,
'action.show-password-name': `Pokaż hasło`,
'action.sign-in': `Zaloguj się`,
'action.sign-in-instead': `Zaloguj się na to konto`,
'action.submit': `Utwórz konto`,
'action.submitting': `Tworzenie konta…`,
'consent-update.failed': `Konto zostało utworzone, ale Twoje preferencje nie są jeszcze zapisane.`,
'consents.legend': `Warunki i preferencje`,
'consents.required': `(wymagane)`,
'error.captcha-failed': `Nie udało się potwierdzić, że nie jesteś robotem. Spróbuj ponownie.`,
'error.captcha-required': `Musimy sprawdzić, czy nie jesteś robotem. Spróbuj ponownie.`,
'error.consent-required': `Zaakceptuj wymagane warunki, aby kontynuować.`,
'error.customer-exists': `Konto z tym adresem e-mail już istnieje.`,
'error.customer-exists-after-lost': `Twoja poprzednia próba prawdopodobnie utworzyła już to konto. Zaloguj się, aby kontynuować.`,
'error.email-invalid': `Wpisz poprawny adres e-mail, np. name@example.com.`,
'error.email-missing': `Wpisz adres e-mail.`,
'error.invalid-form': `Popraw zaznaczone pola.`,
'error.invalid-input': `Niektóre dane nie zostały zaakceptowane. Sprawdź je i spróbuj ponownie.`,
'error.invalid-publisher': `Rejestracja jest tu obecnie niedostępna.`,
'error.invalid-response': `Otrzymaliśmy nieoczekiwaną odpowiedź. Spróbuj ponownie.`,
'error.network': `Nie udało się połączyć z serwerem. Sprawdź połączenie i spróbuj ponownie.`,
'error.network-register': `Połączenie zostało przerwane, zanim otrzymaliśmy odpowiedź. Twoje konto mogło już powstać: spróbuj ponownie lub zaloguj się.`,
'error.offline': `Brak połączenia z internetem. Będziemy kontynuować, gdy połączenie wróci.`,
'error.password-digit': `Dodaj co najmniej jedną cyfrę.`,
'error.password-length': `Użyj od 8 do 80 znaków.`,
'error.password-letter': `Dodaj co najmniej jedną literę.`,
'error.password-missing': `Ustaw hasło.`,
'error.rate-limited': str`Zbyt wiele prób. Spróbuj ponownie za chwilę (pozostały czas: ${0}).`,
'error.server': `Coś poszło nie tak po naszej stronie. Spróbuj ponownie.`,
'error.server-email': `Ten adres e-mail nie został zaakceptowany. Sprawdź go i spróbuj ponownie.`,
'error.server-password': `To hasło nie zostało zaakceptowane. Wybierz inne.`,
'error.timeout': `Serwer zbyt długo nie odpowiadał. Spróbuj ponownie.`,
'error.timeout-register': `Serwer zbyt długo nie odpowiadał. Twoje konto mogło już powstać: spróbuj ponownie lub zaloguj się.`,
'error.unauthorized': `Sesja wygasła, zanim udało się zapisać Twoje preferencje. Zaloguj się, aby je zaktualizować.`,
'field.email': `Adres e-mail`,
'field.password': `Hasło`,
'hint.have-account': `Masz już konto?`,
'rule.digit': `Co najmniej jedna cyfra`,
'rule.length': `Od 8 do 80 znaków`,
'rule.letter': `Co najmniej jedna litera`,
'rule.met': `(spełnione)`,
'rule.title': `Wymagania dotyczące hasła`,
'rule.unmet': `(jeszcze niespełnione)`,
'status.loading-consents': `Ładowanie warunków…`,
'status.try-again-now': `Możesz już spróbować ponownie.`,
'success.body': `Witamy na pokładzie!`,
'success.title': `Twoje konto jest gotowe.`,
    };
  