
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Riprova`,
'action.retry-consents': `Salva le mie preferenze`,
'action.show-password': `Mostra`,
'action.show-password-name': `Mostra password`,
'action.sign-in': `Accedi`,
'action.sign-in-instead': `Accedi con questo account`,
'action.submit': `Crea account`,
'action.submitting': `Creazione dell’account…`,
'consent-update.failed': `Il tuo account è stato creato, ma le tue preferenze non sono ancora state salvate.`,
'consents.legend': `Termini e preferenze`,
'consents.required': `(obbligatorio)`,
'error.captcha-failed': `La verifica anti-robot non è riuscita. Riprova.`,
'error.captcha-required': `Dobbiamo verificare che tu non sia un robot. Riprova.`,
'error.consent-required': `Accetta i termini obbligatori per continuare.`,
'error.customer-exists': `Esiste già un account con questo indirizzo email.`,
'error.customer-exists-after-lost': `Probabilmente il tuo tentativo precedente ha già creato questo account. Accedi per continuare.`,
'error.email-invalid': `Inserisci un indirizzo email valido, ad esempio name@example.com.`,
'error.email-missing': `Inserisci il tuo indirizzo email.`,
'error.invalid-form': `Correggi i campi evidenziati.`,
'error.invalid-input': `Alcuni dati non sono stati accettati. Controllali e riprova.`,
'error.invalid-publisher': `La registrazione non è disponibile qui al momento.`,
'error.invalid-response': `Abbiamo ricevuto una risposta imprevista. Riprova.`,
'error.network': `Impossibile raggiungere il server. Controlla la connessione e riprova.`,
'error.network-register': `La connessione si è interrotta prima della risposta. Il tuo account potrebbe esistere già: riprova oppure accedi.`,
'error.offline': `Sei offline. Riprenderemo appena tornerà la connessione.`,
'error.password-digit': `Aggiungi almeno un numero.`,
'error.password-length': `Usa da 8 a 80 caratteri.`,
'error.password-letter': `Aggiungi almeno una lettera.`,
'error.password-missing': `Scegli una password.`,
'error.rate-limited': str`Troppi tentativi. Riprova tra ${0}.`,
'error.server': `Si è verificato un problema da parte nostra. Riprova.`,
'error.server-email': `Questo indirizzo email non è stato accettato. Controllalo e riprova.`,
'error.server-password': `Questa password non è stata accettata. Scegline un’altra.`,
'error.timeout': `Il server ha impiegato troppo tempo a rispondere. Riprova.`,
'error.timeout-register': `Il server ha impiegato troppo tempo a rispondere. Il tuo account potrebbe esistere già: riprova oppure accedi.`,
'error.unauthorized': `La sessione è scaduta prima che le tue preferenze venissero salvate. Accedi per aggiornarle.`,
'field.email': `Indirizzo email`,
'field.password': `Password`,
'hint.have-account': `Hai già un account?`,
'rule.digit': `Almeno un numero`,
'rule.length': `Da 8 a 80 caratteri`,
'rule.letter': `Almeno una lettera`,
'rule.met': `(soddisfatto)`,
'rule.title': `Requisiti della password`,
'rule.unmet': `(non ancora soddisfatto)`,
'status.loading-consents': `Caricamento dei termini…`,
'status.try-again-now': `Ora puoi riprovare.`,
'success.body': `Ti diamo il benvenuto!`,
'success.title': `Il tuo account è pronto.`,
    };
  