
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Încercați din nou`,
'action.retry-consents': `Salvați preferințele`,
'action.show-password': `Afișați`,
'action.show-password-name': `Afișați parola`,
'action.sign-in': `Conectați-vă`,
'action.sign-in-instead': `Conectați-vă cu acest cont`,
'action.submit': `Creați contul`,
'action.submitting': `Se creează contul…`,
'consent-update.failed': `Contul a fost creat, dar preferințele dvs. nu au fost încă salvate.`,
'consents.legend': `Termeni și preferințe`,
'consents.required': `(obligatoriu)`,
'error.captcha-failed': `Verificarea anti-robot nu a reușit. Încercați din nou.`,
'error.captcha-required': `Trebuie să verificăm că nu sunteți un robot. Încercați din nou.`,
'error.consent-required': `Acceptați termenii obligatorii pentru a continua.`,
'error.customer-exists': `Există deja un cont cu această adresă de e-mail.`,
'error.customer-exists-after-lost': `Probabil că încercarea anterioară a creat deja acest cont. Conectați-vă pentru a continua.`,
'error.email-invalid': `Introduceți o adresă de e-mail validă, de exemplu name@example.com.`,
'error.email-missing': `Introduceți adresa de e-mail.`,
'error.invalid-form': `Corectați câmpurile evidențiate.`,
'error.invalid-input': `Unele date nu au fost acceptate. Verificați-le și încercați din nou.`,
'error.invalid-publisher': `Înregistrarea nu este disponibilă aici momentan.`,
'error.invalid-response': `Am primit un răspuns neașteptat. Încercați din nou.`,
'error.network': `Nu am putut contacta serverul. Verificați conexiunea și încercați din nou.`,
'error.network-register': `Conexiunea s-a întrerupt înainte să primim un răspuns. Este posibil ca acest cont să existe deja: încercați din nou sau conectați-vă.`,
'error.offline': `Nu aveți conexiune la internet. Vom continua când conexiunea revine.`,
'error.password-digit': `Adăugați cel puțin o cifră.`,
'error.password-length': `Folosiți între 8 și 80 de caractere.`,
'error.password-letter': `Adăugați cel puțin o literă.`,
'error.password-missing': `Alegeți o parolă.`,
'error.rate-limited': str`Prea multe încercări. Încercați din nou peste ${0}.`,
'error.server': `A apărut o problemă la noi. Încercați din nou.`,
'error.server-email': `Această adresă de e-mail nu a fost acceptată. Verificați-o și încercați din nou.`,
'error.server-password': `Această parolă nu a fost acceptată. Alegeți alta.`,
'error.timeout': `Serverul a răspuns prea târziu. Încercați din nou.`,
'error.timeout-register': `Serverul a răspuns prea târziu. Este posibil ca acest cont să existe deja: încercați din nou sau conectați-vă.`,
'error.unauthorized': `Sesiunea a expirat înainte ca preferințele dvs. să fie salvate. Conectați-vă pentru a le actualiza.`,
'field.email': `Adresă de e-mail`,
'field.password': `Parolă`,
'hint.have-account': `Aveți deja un cont?`,
'rule.digit': `Cel puțin o cifră`,
'rule.length': `Între 8 și 80 de caractere`,
'rule.letter': `Cel puțin o literă`,
'rule.met': `(îndeplinită)`,
'rule.title': `Cerințe pentru parolă`,
'rule.unmet': `(neîndeplinită încă)`,
'status.loading-consents': `Se încarcă termenii…`,
'status.try-again-now': `Acum puteți încerca din nou.`,
'success.body': `Bun venit!`,
'success.title': `Contul dvs. este gata.`,
    };
  