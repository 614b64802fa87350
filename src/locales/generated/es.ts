
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Volver a intentarlo`,
'action.retry-consents': `Guardar mis preferencias`,
'action.show-password': `Mostrar`,
'action.show-password-name': `Mostrar contraseña`,
'action.sign-in': `Iniciar sesión`,
'action.sign-in-instead': `Iniciar sesión con esta cuenta`,
'action.submit': `Crear cuenta`,
'action.submitting': `Creando tu cuenta…`,
'consent-update.failed': `Tu cuenta se creó, pero tus preferencias aún no se han guardado.`,
'consents.legend': `Términos y preferencias`,
'consents.required': `(obligatorio)`,
'error.captcha-failed': `No se pudo comprobar que no eres un robot. Vuelve a intentarlo.`,
'error.captcha-required': `Tenemos que comprobar que no eres un robot. Vuelve a intentarlo.`,
'error.consent-required': `Acepta los términos obligatorios para continuar.`,
'error.customer-exists': `Ya existe una cuenta con este correo electrónico.`,
'error.customer-exists-after-lost': `Es probable que tu intento anterior ya haya creado esta cuenta. Inicia sesión para continuar.`,
'error.email-invalid': `Escribe un correo electrónico válido, como name@example.com.`,
'error.email-missing': `Escribe tu correo electrónico.`,
'error.invalid-form': `Corrige los campos marcados.`,
'error.invalid-input': `No se aceptaron algunos datos. Revísalos y vuelve a intentarlo.`,
'error.invalid-publisher': `El registro no está disponible aquí en este momento.`,
'error.invalid-response': `Recibimos una respuesta inesperada. Vuelve a intentarlo.`,
'error.network': `No pudimos conectar con el servidor. Revisa tu conexión y vuelve a intentarlo.`,
'error.network-register': `Se perdió la conexión antes de recibir respuesta. Es posible que tu cuenta ya exista: vuelve a intentarlo o inicia sesión.`,
'error.offline': `No tienes conexión. Continuaremos cuando vuelvas a estar en línea.`,
'error.password-digit': `Incluye al menos un número.`,
'error.password-length': `Usa entre 8 y 80 caracteres.`,
'error.password-letter': `Incluye al menos una letra.`,
'error.password-missing': `Elige una contraseña.`,
'error.rate-limited': str`Demasiados intentos. Vuelve a intentarlo en ${0}.`,
'error.server': `Algo salió mal por nuestra parte. Vuelve a intentarlo.`,
'error.server-email': `No se aceptó este correo electrónico. Revísalo y vuelve a intentarlo.`,
'error.server-password': `No se aceptó esta contraseña. Elige otra.`,
'error.timeout': `El servidor tardó demasiado en responder. Vuelve a intentarlo.`,
'error.timeout-register': `El servidor tardó demasiado en responder. Es posible que tu cuenta ya exista: vuelve a intentarlo o inicia sesión.`,
'error.unauthorized': `Tu sesión expiró antes de que se guardaran tus preferencias. Inicia sesión para actualizarlas.`,
'field.email': `Correo electrónico`,
'field.password': `Contraseña`,
'hint.have-account': `¿Ya tienes una cuenta?`,
'rule.digit': `Al menos un número`,
'rule.length': `Entre 8 y 80 caracteres`,
'rule.letter': `Al menos una letra`,
'rule.met': `(cumplido)`,
'rule.title': `Requisitos de la contraseña`,
'rule.unmet': `(pendiente)`,
'status.loading-consents': `Cargando los términos…`,
'status.try-again-now': `Ya puedes volver a intentarlo.`,
'success.body': `¡Te damos la bienvenida!`,
'success.title': `Tu cuenta está lista.`,
    };
  