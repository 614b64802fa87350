
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Tentar novamente`,
'action.retry-consents': `Salvar minhas preferências`,
'action.show-password': `Mostrar`,
'action.show-password-name': `Mostrar senha`,
'action.sign-in': `Entrar`,
'action.sign-in-instead': `Entrar nesta conta`,
'action.submit': `Criar conta`,
'action.submitting': `Criando sua conta…`,
'consent-update.failed': `Sua conta foi criada, mas suas preferências ainda não foram salvas.`,
'consents.legend': `Termos e preferências`,
'consents.required': `(obrigatório)`,
'error.captcha-failed': `Não foi possível confirmar que você não é um robô. Tente novamente.`,
'error.captcha-required': `Precisamos confirmar que você não é um robô. Tente novamente.`,
'error.consent-required': `Aceite os termos obrigatórios para continuar.`,
'error.customer-exists': `Já existe uma conta com este e-mail.`,
'error.customer-exists-after-lost': `Sua tentativa anterior provavelmente já criou esta conta. Entre para continuar.`,
'error.email-invalid': `Digite um e-mail válido, como name@example.com.`,
'error.email-missing': `Digite seu e-mail.`,
'error.invalid-form': `Corrija os campos destacados.`,
'error.invalid-input': `Alguns dados não foram aceitos. Confira e tente novamente.`,
'error.invalid-publisher': `O cadastro não está disponível aqui no momento.`,
'error.invalid-response': `Recebemos uma resposta inesperada. Tente novamente.`,
'error.network': `Não conseguimos acessar o servidor. Verifique sua conexão e tente novamente.`,
'error.network-register': `A conexão caiu antes de recebermos uma resposta. Talvez sua conta já exista: tente novamente ou entre.`,
'error.offline': `Você está sem conexão. Vamos continuar assim que a internet voltar.`,
'error.password-digit': `Inclua pelo menos um número.`,
'error.password-length': `Use de 8 a 80 caracteres.`,
'error.password-letter': `Inclua pelo menos uma letra.`,
'error.password-missing': `Crie uma senha.`,
'error.rate-limited': str`Muitas tentativas. Tente novamente em ${0}.`,
'error.server': `Algo deu errado do nosso lado. Tente novamente.`,
'error.server-email': `Este e-mail não foi aceito. Confira e tente novamente.`,
'error.server-password': `Esta senha não foi aceita. Escolha outra.`,
'error.timeout': `O servidor demorou demais para responder. Tente novamente.`,
'error.timeout-register': `O servidor demorou demais para responder. Talvez sua conta já exista: tente novamente ou entre.`,
'error.unauthorized': `Sua sessão expirou antes que suas preferências fossem salvas. Entre para atualizá-las.`,
'field.email': `E-mail`,
'field.password': `Senha`,
'hint.have-account': `Já tem uma conta?`,
'rule.digit': `Pelo menos um número`,
'rule.length': `De 8 a 80 caracteres`,
'rule.letter': `Pelo menos uma letra`,
'rule.met': `(atendido)`,
'rule.title': `Requisitos da senha`,
'rule.unmet': `(pendente)`,
'status.loading-consents': `Carregando os termos…`,
'status.try-again-now': `Você já pode tentar novamente.`,
'success.body': `Que bom ter você aqui!`,
'success.title': `Sua conta está pronta.`,
    };
  