
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Zkusit znovu`,
'action.retry-consents': `Uložit předvolby`,
'action.show-password': `Zobrazit`,
'action.show-password-name': `Zobrazit heslo`,
'action.sign-in': `Přihlásit se`,
'action.sign-in-instead': `Přihlásit se k tomuto účtu`,
'action.submit': `Vytvořit účet`,
'action.submitting': `Vytváříme váš účet…`,
'consent-update.failed': `Váš účet je vytvořený, ale vaše předvolby zatím nejsou uložené.`,
'consents.legend': `Podmínky a předvolby`,
'consents.required': `(povinné)`,
'error.captcha-failed': `Ověření, že nejste robot, se nezdařilo. Zkuste to prosím znovu.`,
'error.captcha-required': `Musíme ověřit, že nejste robot. Zkuste to prosím znovu.`,
'error.consent-required': `Pro pokračování přijměte povinné podmínky.`,
'error.customer-exists': `Účet s tímto e-mailem už existuje.`,
'error.customer-exists-after-lost': `Tento účet nejspíš vznikl už při vašem předchozím pokusu. Pro pokračování se přihlaste.`,
'error.email-invalid': `Zadejte platnou e-mailovou adresu, například name@example.com.`,
'error.email-missing': `Zadejte svůj e-mail.`,
'error.invalid-form': `Opravte prosím zvýrazněná pole.`,
'error.invalid-input': `Některé údaje nebyly přijaty. Zkontrolujte je a zkuste to znovu.`,
'error.invalid-publisher': `Registrace tu teď není k dispozici.`,
'error.invalid-response': `Dostali jsme neočekávanou odpověď. Zkuste to prosím znovu.`,
'error.network': `Nepodařilo se spojit se serverem. Zkontrolujte připojení a zkuste to znovu.`,
'error.network-register': `Spojení se přerušilo dřív, než jsme dostali odpověď. Váš účet už možná existuje: zkuste to znovu, nebo se přihlaste.`,
'error.offline': `Jste offline. Jakmile se připojení obnoví, budeme pokračovat.`,
'error.password-digit': `Přidejte alespoň jednu číslici.`,
'error.password-length': `Použijte 8 až 80 znaků.`,
'error.password-letter': `Přidejte alespoň jedno písmeno.`,
'error.password-missing': `Zvolte heslo.`,
'error.rate-limited': str`Příliš mnoho pokusů. Zkuste to znovu za chvíli (zbývající čas: ${0}).`,
'error.server': `Na naší straně se něco pokazilo. Zkuste to prosím znovu.`,
'error.server-email': `Tento e-mail nebyl přijat. Zkontrolujte ho a zkuste to znovu.`,
'error.server-password': `Toto heslo nebylo přijato. Zvolte jiné.`,
'error.timeout': `Server neodpověděl včas. Zkuste to prosím znovu.`,
'error.timeout-register': `Server neodpověděl včas. Váš účet už možná existuje: zkuste to znovu, nebo se přihlaste.`,
'error.unauthorized': `Platnost přihlášení vypršela dřív, než se podařilo uložit vaše předvolby. Přihlaste se a upravte je.`,
'field.email': `E-mail`,
'field.password': `Heslo`,
'hint.have-account': `Už máte účet?`,
'rule.digit': `Alespoň jedna číslice`,
'rule.length': `8 až 80 znaků`,
'rule.letter': `Alespoň jedno písmeno`,
'rule.met': `(splněno)`,
'rule.title': `Požadavky na heslo`,
'rule.unmet': `(zatím nesplněno)`,
'status.loading-consents': `Načítání podmínek…`,
'status.try-again-now': `Teď to můžete zkusit znovu.`,
'success.body': `Vítejte!`,
'success.title': `Váš účet je připravený.`,
    };
  