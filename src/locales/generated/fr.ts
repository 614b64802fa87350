
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Réessayer`,
'action.retry-consents': `Enregistrer mes préférences`,
'action.show-password': `Afficher`,
'action.show-password-name': `Afficher le mot de passe`,
'action.sign-in': `Se connecter`,
'action.sign-in-instead': `Se connecter plutôt`,
'action.submit': `Créer un compte`,
'action.submitting': `Création de votre compte…`,
'consent-update.failed': `Votre compte a été créé, mais vos préférences ne sont pas encore enregistrées.`,
'consents.legend': `Conditions et préférences`,
'consents.required': `(obligatoire)`,
'error.captcha-failed': `La vérification anti-robot a échoué. Veuillez réessayer.`,
'error.captcha-required': `Nous devons vérifier que vous n’êtes pas un robot. Veuillez réessayer.`,
'error.consent-required': `Veuillez accepter les conditions obligatoires pour continuer.`,
'error.customer-exists': `Un compte existe déjà avec cette adresse e-mail.`,
'error.customer-exists-after-lost': `Votre tentative précédente a probablement déjà créé ce compte. Connectez-vous pour continuer.`,
'error.email-invalid': `Saisissez une adresse e-mail valide, par exemple name@example.com.`,
'error.email-missing': `Saisissez votre adresse e-mail.`,
'error.invalid-form': `Veuillez corriger les champs signalés.`,
'error.invalid-input': `Certaines informations n’ont pas été acceptées. Vérifiez-les et réessayez.`,
'error.invalid-publisher': `L’inscription n’est pas disponible ici pour le moment.`,
'error.invalid-response': `Nous avons reçu une réponse inattendue. Veuillez réessayer.`,
'error.network': `Impossible de joindre le serveur. Vérifiez votre connexion et réessayez.`,
'error.network-register': `La connexion a été interrompue avant que nous recevions une réponse. Votre compte existe peut-être déjà : réessayez ou connectez-vous.`,
'error.offline': `Vous êtes hors ligne. Nous reprendrons dès que la connexion sera rétablie.`,
'error.password-digit': `Ajoutez au moins un chiffre.`,
'error.password-length': `Utilisez entre 8 et 80 caractères.`,
'error.password-letter': `Ajoutez au moins une lettre.`,
'error.password-missing': `Choisissez un mot de passe.`,
'error.rate-limited': str`Trop de tentatives. Réessayez dans ${0}.`,
'error.server': `Un problème est survenu de notre côté. Veuillez réessayer.`,
'error.server-email': `Cette adresse e-mail n’a pas été acceptée. Vérifiez-la et réessayez.`,
'error.server-password': `Ce mot de passe n’a pas été accepté. Choisissez-en un autre.`,
'error.timeout': `Le serveur a mis trop de temps à répondre. Veuillez réessayer.`,
'error.timeout-register': `Le serveur a mis trop de temps à répondre. Votre compte existe peut-être déjà : réessayez ou connectez-vous.`,
'error.unauthorized': `Votre session a expiré avant l’enregistrement de vos préférences. Connectez-vous pour les mettre à jour.`,
'field.email': `Adresse e-mail`,
'field.password': `Mot de passe`,
'hint.have-account': `Vous avez déjà un compte ?`,
'rule.digit': `Au moins un chiffre`,
'rule.length': `Entre 8 et 80 caractères`,
'rule.letter': `Au moins une lettre`,
'rule.met': `(respecté)`,
'rule.title': `Critères du mot de passe`,
'rule.unmet': `(pas encore respecté)`,
'status.loading-consents': `Chargement des conditions…`,
'status.try-again-now': `Vous pouvez réessayer maintenant.`,
'success.body': `Bienvenue à bord !`,
'success.title': `Votre compte est prêt.`,
    };
  