
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Prøv igjen`,
'action.retry-consents': `Lagre innstillingene mine`,
'action.show-password': `Vis`,
'action.show-password-name': `Vis passord`,
'action.sign-in': `Logg inn`,
'action.sign-in-instead': `Logg inn i stedet`,
'action.submit': `Opprett konto`,
'action.submitting': `Oppretter kontoen din…`,
'consent-update.failed': `Kontoen din er opprettet, men innstillingene dine er ikke lagret ennå.`,
'consents.legend': `Vilkår og innstillinger`,
'consents.required': `(obligatorisk)`,
'error.captcha-failed': `Robotsjekken mislyktes. Prøv igjen.`,
'error.captcha-required': `Vi må sjekke at du ikke er en robot. Prøv igjen.`,
'error.consent-required': `Godta de obligatoriske vilkårene for å fortsette.`,
'error.customer-exists': `Det finnes allerede en konto med denne e-postadressen.`,
'error.customer-exists-after-lost': `Det forrige forsøket ditt har sannsynligvis allerede opprettet kontoen. Logg inn for å fortsette.`,
'error.email-invalid': `Skriv inn en gyldig e-postadresse, for eksempel name@example.com.`,
'error.email-missing': `Skriv inn e-postadressen din.`,
'error.invalid-form': `Rett opp de markerte feltene.`,
'error.invalid-input': `Noen opplysninger ble ikke godtatt. Sjekk dem og prøv igjen.`,
'error.invalid-publisher': `Registrering er ikke tilgjengelig her akkurat nå.`,
'error.invalid-response': `Vi fikk et uventet svar. Prøv igjen.`,
'error.network': `Vi fikk ikke kontakt med serveren. Sjekk tilkoblingen og prøv igjen.`,
'error.network-register': `Forbindelsen ble brutt før vi fikk svar. Kanskje kontoen din allerede finnes: Prøv igjen, eller logg inn.`,
'error.offline': `Du er frakoblet. Vi fortsetter når du er på nett igjen.`,
'error.password-digit': `Legg til minst ett siffer.`,
'error.password-length': `Bruk mellom 8 og 80 tegn.`,
'error.password-letter': `Legg til minst én bokstav.`,
'error.password-missing': `Velg et passord.`,
'error.rate-limited': str`For mange forsøk. Prøv igjen om ${0}.`,
'error.server': `Noe gikk galt hos oss. Prøv igjen.`,
'error.server-email': `E-postadressen ble ikke godtatt. Sjekk den og prøv igjen.`,
'error.server-password': `Passordet ble ikke godtatt. Velg et annet.`,
'error.timeout': `Serveren brukte for lang tid på å svare. Prøv igjen.`,
'error.timeout-register': `Serveren brukte for lang tid på å svare. Kanskje kontoen din allerede finnes: Prøv igjen, eller logg inn.`,
'error.unauthorized': `Økten din utløp før innstillingene dine ble lagret. Logg inn for å oppdatere dem.`,
'field.email': `E-postadresse`,
'field.password': `Passord`,
'hint.have-account': `Har du allerede en konto?`,
'rule.digit': `Minst ett siffer`,
'rule.length': `Mellom 8 og 80 tegn`,
'rule.letter': `Minst én bokstav`,
'rule.met': `(oppfylt)`,
'rule.title': `Krav til passordet`,
'rule.unmet': `(ikke oppfylt ennå)`,
'status.loading-consents': `Laster inn vilkår…`,
'status.try-again-now': `Du kan prøve igjen nå.`,
'success.body': `Velkommen om bord!`,
'success.title': `Kontoen din er klar.`,
    };
  