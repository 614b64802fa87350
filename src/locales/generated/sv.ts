
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Försök igen`,
'action.retry-consents': `Spara mina inställningar`,
'action.show-password': `Visa`,
'action.show-password-name': `Visa lösenord`,
'action.sign-in': `Logga in`,
'action.sign-in-instead': `Logga in i stället`,
'action.submit': `Skapa konto`,
'action.submitting': `Skapar ditt konto…`,
'consent-update.failed': `Ditt konto har skapats, men dina inställningar har inte sparats än.`,
'consents.legend': `Villkor och inställningar`,
'consents.required': `(obligatoriskt)`,
'error.captcha-failed': `Robotkontrollen misslyckades. Försök igen.`,
'error.captcha-required': `Vi behöver kontrollera att du inte är en robot. Försök igen.`,
'error.consent-required': `Godkänn de obligatoriska villkoren för att fortsätta.`,
'error.customer-exists': `Det finns redan ett konto med den här e-postadressen.`,
'error.customer-exists-after-lost': `Ditt förra försök har troligen redan skapat kontot. Logga in för att fortsätta.`,
'error.email-invalid': `Ange en giltig e-postadress, till exempel name@example.com.`,
'error.email-missing': `Ange din e-postadress.`,
'error.invalid-form': `Rätta de markerade fälten.`,
'error.invalid-input': `Vissa uppgifter godkändes inte. Kontrollera dem och försök igen.`,
'error.invalid-publisher': `Det går inte att registrera sig här just nu.`,
'error.invalid-response': `Vi fick ett oväntat svar. Försök igen.`,
'error.network': `Vi kunde inte nå servern. Kontrollera anslutningen och försök igen.`,
'error.network-register': `Anslutningen bröts innan vi fick svar. Ditt konto kanske redan finns: försök igen eller logga in.`,
'error.offline': `Du är offline. Vi fortsätter när anslutningen är tillbaka.`,
'error.password-digit': `Lägg till minst en siffra.`,
'error.password-length': `Använd 8–80 tecken.`,
'error.password-letter': `Lägg till minst en bokstav.`,
'error.password-missing': `Välj ett lösenord.`,
'error.rate-limited': str`För många försök. Försök igen om ${0}.`,
'error.server': `Något gick fel hos oss. Försök igen.`,
'error.server-email': `E-postadressen godkändes inte. Kontrollera den och försök igen.`,
'error.server-password': `Lösenordet godkändes inte. Välj ett annat.`,
'error.timeout': `Servern tog för lång tid på sig att svara. Försök igen.`,
'error.timeout-register': `Servern tog för lång tid på sig att svara. Ditt konto kanske redan finns: försök igen eller logga in.`,
'error.unauthorized': `Din session gick ut innan dina inställningar sparades. Logga in för att uppdatera dem.`,
'field.email': `E-postadress`,
'field.password': `Lösenord`,
'hint.have-account': `Har du redan ett konto?`,
'rule.digit': `Minst en siffra`,
'rule.length': `8–80 tecken`,
'rule.letter': `Minst en bokstav`,
'rule.met': `(uppfyllt)`,
'rule.title': `Krav på lösenordet`,
'rule.unmet': `(inte uppfyllt än)`,
'status.loading-consents': `Läser in villkor…`,
'status.try-again-now': `Nu kan du försöka igen.`,
'success.body': `Välkommen ombord!`,
'success.title': `Ditt konto är klart.`,
    };
  