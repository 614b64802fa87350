
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Opnieuw proberen`,
'action.retry-consents': `Mijn voorkeuren opslaan`,
'action.show-password': `Tonen`,
'action.show-password-name': `Wachtwoord tonen`,
'action.sign-in': `Inloggen`,
'action.sign-in-instead': `Inloggen met dit account`,
'action.submit': `Account aanmaken`,
'action.submitting': `Account wordt aangemaakt…`,
'consent-update.failed': `Je account is aangemaakt, maar je voorkeuren zijn nog niet opgeslagen.`,
'consents.legend': `Voorwaarden en voorkeuren`,
'consents.required': `(verplicht)`,
'error.captcha-failed': `De robotcontrole is mislukt. Probeer het opnieuw.`,
'error.captcha-required': `We moeten even controleren of je geen robot bent. Probeer het opnieuw.`,
'error.consent-required': `Ga akkoord met de verplichte voorwaarden om verder te gaan.`,
'error.customer-exists': `Er bestaat al een account met dit e-mailadres.`,
'error.customer-exists-after-lost': `Je vorige poging heeft dit account waarschijnlijk al aangemaakt. Log in om verder te gaan.`,
'error.email-invalid': `Vul een geldig e-mailadres in, zoals name@example.com.`,
'error.email-missing': `Vul je e-mailadres in.`,
'error.invalid-form': `Verbeter de gemarkeerde velden.`,
'error.invalid-input': `Sommige gegevens zijn niet geaccepteerd. Controleer ze en probeer het opnieuw.`,
'error.invalid-publisher': `Registreren is hier op dit moment niet mogelijk.`,
'error.invalid-response': `We kregen een onverwacht antwoord. Probeer het opnieuw.`,
'error.network': `We kunnen de server niet bereiken. Controleer je verbinding en probeer het opnieuw.`,
'error.network-register': `De verbinding werd verbroken voordat we antwoord kregen. Misschien bestaat je account al: probeer het opnieuw of log in.`,
'error.offline': `Je bent offline. We gaan verder zodra je weer verbinding hebt.`,
'error.password-digit': `Voeg minstens één cijfer toe.`,
'error.password-length': `Gebruik 8 tot 80 tekens.`,
'error.password-letter': `Voeg minstens één letter toe.`,
'error.password-missing': `Kies een wachtwoord.`,
'error.rate-limited': str`Te veel pogingen. Probeer het over ${0} opnieuw.`,
'error.server': `Er ging aan onze kant iets mis. Probeer het opnieuw.`,
'error.server-email': `Dit e-mailadres is niet geaccepteerd. Controleer het en probeer het opnieuw.`,
'error.server-password': `Dit wachtwoord is niet geaccepteerd. Kies een ander wachtwoord.`,
'error.timeout': `De server deed er te lang over om te antwoorden. Probeer het opnieuw.`,
'error.timeout-register': `De server deed er te lang over om te antwoorden. Misschien bestaat je account al: probeer het opnieuw of log in.`,
'error.unauthorized': `Je sessie is verlopen voordat je voorkeuren waren opgeslagen. Log in om ze bij te werken.`,
'field.email': `E-mailadres`,
'field.password': `Wachtwoord`,
'hint.have-account': `Heb je al een account?`,
'rule.digit': `Minstens één cijfer`,
'rule.length': `8 tot 80 tekens`,
'rule.letter': `Minstens één letter`,
'rule.met': `(voldaan)`,
'rule.title': `Eisen voor je wachtwoord`,
'rule.unmet': `(nog niet voldaan)`,
'status.loading-consents': `Voorwaarden laden…`,
'status.try-again-now': `Je kunt het nu opnieuw proberen.`,
'success.body': `Welkom aan boord!`,
'success.title': `Je account is klaar.`,
    };
  