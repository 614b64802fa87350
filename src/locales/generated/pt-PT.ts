
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Tentar novamente`,
'action.retry-consents': `Guardar as minhas preferências`,
'action.show-password': `Mostrar`,
'action.show-password-name': `Mostrar palavra-passe`,
'action.sign-in': `Iniciar sessão`,
'action.sign-in-instead': `Iniciar sessão com esta conta`,
'action.submit': `Criar conta`,
'action.submitting': `A criar a sua conta…`,
'consent-update.failed': `A sua conta foi criada, mas as suas preferências ainda não foram guardadas.`,
'consents.legend': `Termos e preferências`,
'consents.required': `(obrigatório)`,
'error.captcha-failed': `Não foi possível confirmar que não é um robô. Tente novamente.`,
'error.captcha-required': `Precisamos de confirmar que não é um robô. Tente novamente.`,
'error.consent-required': `Aceite os termos obrigatórios para continuar.`,
'error.customer-exists': `Já existe uma conta com este endereço de email.`,
'error.customer-exists-after-lost': `A sua tentativa anterior provavelmente já criou esta conta. Inicie sessão para continuar.`,
'error.email-invalid': `Introduza um endereço de email válido, como name@example.com.`,
'error.email-missing': `Introduza o seu endereço de email.`,
'error.invalid-form': `Corrija os campos assinalados.`,
'error.invalid-input': `Alguns dados não foram aceites. Verifique-os e tente novamente.`,
'error.invalid-publisher': `O registo não está disponível aqui neste momento.`,
'error.invalid-response': `Recebemos uma resposta inesperada. Tente novamente.`,
'error.network': `Não foi possível contactar o servidor. Verifique a sua ligação e tente novamente.`,
'error.network-register': `A ligação falhou antes de recebermos resposta. A sua conta pode já existir: tente novamente ou inicie sessão.`,
'error.offline': `Está sem ligação à Internet. Continuaremos assim que a ligação for restabelecida.`,
'error.password-digit': `Inclua pelo menos um algarismo.`,
'error.password-length': `Utilize entre 8 e 80 caracteres.`,
'error.password-letter': `Inclua pelo menos uma letra.`,
'error.password-missing': `Escolha uma palavra-passe.`,
'error.rate-limited': str`Demasiadas tentativas. Tente novamente dentro de ${0}.`,
'error.server': `Ocorreu um erro do nosso lado. Tente novamente.`,
'error.server-email': `Este endereço de email não foi aceite. Verifique-o e tente novamente.`,
'error.server-password': `Esta palavra-passe não foi aceite. Escolha outra.`,
'error.timeout': `O servidor demorou demasiado a responder. Tente novamente.`,
'error.timeout-register': `O servidor demorou demasiado a responder. A sua conta pode já existir: tente novamente ou inicie sessão.`,
'error.unauthorized': `A sua sessão expirou antes de as suas preferências serem guardadas. Inicie sessão para as atualizar.`,
'field.email': `Endereço de email`,
'field.password': `Palavra-passe`,
'hint.have-account': `Já tem conta?`,
'rule.digit': `Pelo menos um algarismo`,
'rule.length': `Entre 8 e 80 caracteres`,
'rule.letter': `Pelo menos uma letra`,
'rule.met': `(cumprido)`,
'rule.title': `Requisitos da palavra-passe`,
'rule.unmet': `(por cumprir)`,
'status.loading-consents': `A carregar os termos…`,
'status.try-again-now': `Já pode tentar novamente.`,
'success.body': `Boas-vindas!`,
'success.title': `A sua conta está pronta.`,
    };
  