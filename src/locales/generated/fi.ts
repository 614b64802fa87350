
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Yritä uudelleen`,
'action.retry-consents': `Tallenna asetukset`,
'action.show-password': `Näytä`,
'action.show-password-name': `Näytä salasana`,
'action.sign-in': `Kirjaudu sisään`,
'action.sign-in-instead': `Kirjaudu sisään tällä tilillä`,
'action.submit': `Luo tili`,
'action.submitting': `Luodaan tiliä…`,
'consent-update.failed': `Tilisi on luotu, mutta asetuksiasi ei ole vielä tallennettu.`,
'consents.legend': `Ehdot ja asetukset`,
'consents.required': `(pakollinen)`,
'error.captcha-failed': `Robottitarkistus epäonnistui. Yritä uudelleen.`,
'error.captcha-required': `Meidän täytyy varmistaa, ettet ole robotti. Yritä uudelleen.`,
'error.consent-required': `Hyväksy pakolliset ehdot, niin pääset jatkamaan.`,
'error.customer-exists': `Tällä sähköpostiosoitteella on jo tili.`,
'error.customer-exists-after-lost': `Edellinen yrityksesi loi todennäköisesti jo tämän tilin. Kirjaudu sisään jatkaaksesi.`,
'error.email-invalid': `Anna kelvollinen sähköpostiosoite, esimerkiksi name@example.com.`,
'error.email-missing': `Anna sähköpostiosoitteesi.`,
'error.invalid-form': `Korjaa merkityt kentät.`,
'error.invalid-input': `Joitakin tietoja ei hyväksytty. Tarkista ne ja yritä uudelleen.`,
'error.invalid-publisher': `Rekisteröityminen ei ole juuri nyt mahdollista täällä.`,
'error.invalid-response': `Saimme odottamattoman vastauksen. Yritä uudelleen.`,
'error.network': `Palvelimeen ei saatu yhteyttä. Tarkista verkkoyhteys ja yritä uudelleen.`,
'error.network-register': `Yhteys katkesi ennen kuin saimme vastauksen. Tilisi on ehkä jo luotu: yritä uudelleen tai kirjaudu sisään.`,
'error.offline': `Olet offline-tilassa. Jatkamme, kun yhteys palaa.`,
'error.password-digit': `Lisää vähintään yksi numero.`,
'error.password-length': `Käytä 8–80 merkkiä.`,
'error.password-letter': `Lisää vähintään yksi kirjain.`,
'error.password-missing': `Valitse salasana.`,
'error.rate-limited': str`Liian monta yritystä. Odota ${0} ja yritä sitten uudelleen.`,
'error.server': `Jokin meni vikaan meidän päässämme. Yritä uudelleen.`,
'error.server-email': `Sähköpostiosoitetta ei hyväksytty. Tarkista se ja yritä uudelleen.`,
'error.server-password': `Salasanaa ei hyväksytty. Valitse toinen salasana.`,
'error.timeout': `Palvelin ei vastannut ajoissa. Yritä uudelleen.`,
'error.timeout-register': `Palvelin ei vastannut ajoissa. Tilisi on ehkä jo luotu: yritä uudelleen tai kirjaudu sisään.`,
'error.unauthorized': `Istuntosi vanheni ennen kuin asetuksesi ehdittiin tallentaa. Kirjaudu sisään ja päivitä ne.`,
'field.email': `Sähköpostiosoite`,
'field.password': `Salasana`,
'hint.have-account': `Onko sinulla jo tili?`,
'rule.digit': `Vähintään yksi numero`,
'rule.length': `8–80 merkkiä`,
'rule.letter': `Vähintään yksi kirjain`,
'rule.met': `(täyttyy)`,
'rule.title': `Salasanan vaatimukset`,
'rule.unmet': `(ei vielä täyty)`,
'status.loading-consents': `Ladataan ehtoja…`,
'status.try-again-now': `Voit nyt yrittää uudelleen.`,
'success.body': `Tervetuloa mukaan!`,
'success.title': `Tilisi on valmis.`,
    };
  