
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `다시 시도`,
'action.retry-consents': `설정 저장`,
'action.show-password': `표시`,
'action.show-password-name': `비밀번호 표시`,
'action.sign-in': `로그인`,
'action.sign-in-instead': `이 계정으로 로그인`,
'action.submit': `계정 만들기`,
'action.submitting': `계정을 만드는 중…`,
'consent-update.failed': `계정이 만들어졌지만 설정은 아직 저장되지 않았습니다.`,
'consents.legend': `약관 및 설정`,
'consents.required': `(필수)`,
'error.captcha-failed': `로봇이 아님을 확인하지 못했습니다. 다시 시도해 주세요.`,
'error.captcha-required': `로봇이 아닌지 확인이 필요합니다. 다시 시도해 주세요.`,
'error.consent-required': `계속하려면 필수 약관에 동의해 주세요.`,
'error.customer-exists': `이 이메일로 가입된 계정이 이미 있습니다.`,
'error.customer-exists-after-lost': `이전 시도에서 이미 계정이 만들어졌을 수 있습니다. 로그인하여 계속하세요.`,
'error.email-invalid': `name@example.com과 같은 형식의 이메일 주소를 입력해 주세요.`,
'error.email-missing': `이메일 주소를 입력해 주세요.`,
'error.invalid-form': `표시된 항목을 수정해 주세요.`,
'error.invalid-input': `일부 정보가 허용되지 않았습니다. 확인 후 다시 시도해 주세요.`,
'error.invalid-publisher': `지금은 이곳에서 가입할 수 없습니다.`,
'error.invalid-response': `예상치 못한 응답을 받았습니다. 다시 시도해 주세요.`,
'error.network': `서버에 연결할 수 없습니다. 인터넷 연결을 확인한 후 다시 시도해 주세요.`,
'error.network-register': `응답을 받기 전에 연결이 끊어졌습니다. 계정이 이미 만들어졌을 수 있습니다. 다시 시도하거나 로그인하세요.`,
'error.offline': `오프라인 상태입니다. 연결이 복구되면 계속 진행합니다.`,
'error.password-digit': `숫자를 1개 이상 포함해 주세요.`,
'error.password-length': `8~80자로 입력해 주세요.`,
'error.password-letter': `영문 또는 한글을 1자 이상 포함해 주세요.`,
'error.password-missing': `비밀번호를 설정해 주세요.`,
'error.rate-limited': str`시도 횟수가 너무 많습니다. ${0} 후에 다시 시도해 주세요.`,
'error.server': `일시적인 오류가 발생했습니다. 다시 시도해 주세요.`,
'error.server-email': `이 이메일 주소는 사용할 수 없습니다. 확인 후 다시 시도해 주세요.`,
'error.server-password': `이 비밀번호는 사용할 수 없습니다. 다른 비밀번호를 설정해 주세요.`,
'error.timeout': `서버 응답이 너무 늦어지고 있습니다. 다시 시도해 주세요.`,
'error.timeout-register': `서버 응답이 너무 늦어지고 있습니다. 계정이 이미 만들어졌을 수 있습니다. 다시 시도하거나 로그인하세요.`,
'error.unauthorized': `설정이 저장되기 전에 세션이 만료되었습니다. 로그인하여 설정을 업데이트하세요.`,
'field.email': `이메일`,
'field.password': `비밀번호`,
'hint.have-account': `이미 계정이 있으신가요?`,
'rule.digit': `숫자 1개 이상`,
'rule.length': `8~80자`,
'rule.letter': `영문 또는 한글 1자 이상`,
'rule.met': `(충족)`,
'rule.title': `비밀번호 조건`,
'rule.unmet': `(미충족)`,
'status.loading-consents': `약관을 불러오는 중…`,
'status.try-again-now': `이제 다시 시도할 수 있습니다.`,
'success.body': `환영합니다!`,
'success.title': `계정이 준비되었습니다.`,
    };
  