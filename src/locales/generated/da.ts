
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Prøv igen`,
'action.retry-consents': `Gem mine præferencer`,
'action.show-password': `Vis`,
'action.show-password-name': `Vis adgangskode`,
'action.sign-in': `Log ind`,
'action.sign-in-instead': `Log ind i stedet`,
'action.submit': `Opret konto`,
'action.submitting': `Opretter din konto…`,
'consent-update.failed': `Din konto er oprettet, men dine præferencer er ikke gemt endnu.`,
'consents.legend': `Vilkår og præferencer`,
'consents.required': `(påkrævet)`,
'error.captcha-failed': `Robottjekket mislykkedes. Prøv igen.`,
'error.captcha-required': `Vi skal lige tjekke, at du ikke er en robot. Prøv igen.`,
'error.consent-required': `Accepter de påkrævede vilkår for at fortsætte.`,
'error.customer-exists': `Der findes allerede en konto med denne e-mailadresse.`,
'error.customer-exists-after-lost': `Dit tidligere forsøg har sandsynligvis allerede oprettet kontoen. Log ind for at fortsætte.`,
'error.email-invalid': `Indtast en gyldig e-mailadresse, f.eks. name@example.com.`,
'error.email-missing': `Indtast din e-mailadresse.`,
'error.invalid-form': `Ret de markerede felter.`,
'error.invalid-input': `Nogle oplysninger blev ikke godkendt. Tjek dem, og prøv igen.`,
'error.invalid-publisher': `Det er ikke muligt at oprette en konto her lige nu.`,
'error.invalid-response': `Vi modtog et uventet svar. Prøv igen.`,
'error.network': `Vi kunne ikke få forbindelse til serveren. Tjek din forbindelse, og prøv igen.`,
'error.network-register': `Forbindelsen blev afbrudt, før vi fik svar. Din konto findes måske allerede: Prøv igen, eller log ind.`,
'error.offline': `Du er offline. Vi fortsætter, når forbindelsen er tilbage.`,
'error.password-digit': `Tilføj mindst ét tal.`,
'error.password-length': `Brug mellem 8 og 80 tegn.`,
'error.password-letter': `Tilføj mindst ét bogstav.`,
'error.password-missing': `Vælg en adgangskode.`,
'error.rate-limited': str`For mange forsøg. Prøv igen om ${0}.`,
'error.server': `Der gik noget galt hos os. Prøv igen.`,
'error.server-email': `E-mailadressen blev ikke godkendt. Tjek den, og prøv igen.`,
'error.server-password': `Adgangskoden blev ikke godkendt. Vælg en anden.`,
'error.timeout': `Serveren var for længe om at svare. Prøv igen.`,
'error.timeout-register': `Serveren var for længe om at svare. Din konto findes måske allerede: Prøv igen, eller log ind.`,
'error.unauthorized': `Din session udløb, før dine præferencer blev gemt. Log ind for at opdatere dem.`,
'field.email': `E-mailadresse`,
'field.password': `Adgangskode`,
'hint.have-account': `Har du allerede en konto?`,
'rule.digit': `Mindst ét tal`,
'rule.length': `Mellem 8 og 80 tegn`,
'rule.letter': `Mindst ét bogstav`,
'rule.met': `(opfyldt)`,
'rule.title': `Krav til adgangskoden`,
'rule.unmet': `(ikke opfyldt endnu)`,
'status.loading-consents': `Indlæser vilkår…`,
'status.try-again-now': `Du kan prøve igen nu.`,
'success.body': `Velkommen om bord!`,
'success.title': `Din konto er klar.`,
    };
  