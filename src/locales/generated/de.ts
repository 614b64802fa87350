
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Erneut versuchen`,
'action.retry-consents': `Einstellungen speichern`,
'action.show-password': `Anzeigen`,
'action.show-password-name': `Passwort anzeigen`,
'action.sign-in': `Anmelden`,
'action.sign-in-instead': `Stattdessen anmelden`,
'action.submit': `Konto erstellen`,
'action.submitting': `Konto wird erstellt …`,
'consent-update.failed': `Ihr Konto wurde erstellt, aber Ihre Einstellungen sind noch nicht gespeichert.`,
'consents.legend': `Bedingungen und Einstellungen`,
'consents.required': `(erforderlich)`,
'error.captcha-failed': `Die Sicherheitsprüfung ist fehlgeschlagen. Bitte versuchen Sie es erneut.`,
'error.captcha-required': `Wir müssen kurz prüfen, ob Sie ein Mensch sind. Bitte versuchen Sie es erneut.`,
'error.consent-required': `Bitte akzeptieren Sie die erforderlichen Bedingungen, um fortzufahren.`,
'error.customer-exists': `Mit dieser E-Mail-Adresse gibt es bereits ein Konto.`,
'error.customer-exists-after-lost': `Ihr vorheriger Versuch hat dieses Konto wahrscheinlich schon angelegt. Melden Sie sich an, um fortzufahren.`,
'error.email-invalid': `Geben Sie eine gültige E-Mail-Adresse ein, z. B. name@example.com.`,
'error.email-missing': `Geben Sie Ihre E-Mail-Adresse ein.`,
'error.invalid-form': `Bitte korrigieren Sie die markierten Felder.`,
'error.invalid-input': `Einige Angaben wurden nicht akzeptiert. Bitte prüfen Sie sie und versuchen Sie es erneut.`,
'error.invalid-publisher': `Die Registrierung ist hier zurzeit nicht möglich.`,
'error.invalid-response': `Wir haben eine unerwartete Antwort erhalten. Bitte versuchen Sie es erneut.`,
'error.network': `Der Server ist nicht erreichbar. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.`,
'error.network-register': `Die Verbindung brach ab, bevor uns eine Antwort erreichte. Ihr Konto existiert vielleicht schon: Versuchen Sie es erneut oder melden Sie sich an.`,
'error.offline': `Sie sind offline. Sobald die Verbindung wieder steht, geht es weiter.`,
'error.password-digit': `Fügen Sie mindestens eine Ziffer hinzu.`,
'error.password-length': `Verwenden Sie 8 bis 80 Zeichen.`,
'error.password-letter': `Fügen Sie mindestens einen Buchstaben hinzu.`,
'error.password-missing': `Wählen Sie ein Passwort.`,
'error.rate-limited': str`Zu viele Versuche. Bitte versuchen Sie es in ${0} erneut.`,
'error.server': `Bei uns ist etwas schiefgelaufen. Bitte versuchen Sie es erneut.`,
'error.server-email': `Diese E-Mail-Adresse wurde nicht akzeptiert. Bitte prüfen Sie sie und versuchen Sie es erneut.`,
'error.server-password': `Dieses Passwort wurde nicht akzeptiert. Bitte wählen Sie ein anderes.`,
'error.timeout': `Der Server hat zu lange nicht geantwortet. Bitte versuchen Sie es erneut.`,
'error.timeout-register': `Der Server hat zu lange nicht geantwortet. Ihr Konto existiert vielleicht schon: Versuchen Sie es erneut oder melden Sie sich an.`,
'error.unauthorized': `Ihre Sitzung ist abgelaufen, bevor Ihre Einstellungen gespeichert wurden. Melden Sie sich an, um sie zu aktualisieren.`,
'field.email': `E-Mail-Adresse`,
'field.password': `Passwort`,
'hint.have-account': `Sie haben schon ein Konto?`,
'rule.digit': `Mindestens eine Ziffer`,
'rule.length': `8 bis 80 Zeichen`,
'rule.letter': `Mindestens ein Buchstabe`,
'rule.met': `(erfüllt)`,
'rule.title': `Anforderungen an das Passwort`,
'rule.unmet': `(noch nicht erfüllt)`,
'status.loading-consents': `Bedingungen werden geladen …`,
'status.try-again-now': `Sie können es jetzt erneut versuchen.`,
'success.body': `Willkommen an Bord!`,
'success.title': `Ihr Konto ist bereit.`,
    };
  