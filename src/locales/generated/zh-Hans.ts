
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `重试`,
'action.retry-consents': `保存我的偏好设置`,
'action.show-password': `显示`,
'action.show-password-name': `显示密码`,
'action.sign-in': `登录`,
'action.sign-in-instead': `改为登录`,
'action.submit': `创建账号`,
'action.submitting': `正在创建账号…`,
'consent-update.failed': `您的账号已创建，但偏好设置尚未保存。`,
'consents.legend': `条款和偏好设置`,
'consents.required': `（必选）`,
'error.captcha-failed': `人机验证未通过。请重试。`,
'error.captcha-required': `我们需要确认您不是机器人。请重试。`,
'error.consent-required': `请先同意必选条款再继续。`,
'error.customer-exists': `此邮箱地址已注册账号。`,
'error.customer-exists-after-lost': `您之前的尝试可能已经创建了此账号。请登录以继续。`,
'error.email-invalid': `请输入有效的邮箱地址，例如 name@example.com。`,
'error.email-missing': `请输入您的邮箱地址。`,
'error.invalid-form': `请修正标出的字段。`,
'error.invalid-input': `部分信息未被接受。请检查后重试。`,
'error.invalid-publisher': `此处暂不支持注册。`,
'error.invalid-response': `收到了无法识别的响应。请重试。`,
'error.network': `无法连接到服务器。请检查网络连接后重试。`,
'error.network-register': `收到响应前连接已中断。您的账号可能已经创建：请重试或登录。`,
'error.offline': `您已离线。网络恢复后将继续。`,
'error.password-digit': `请至少包含一个数字。`,
'error.password-length': `请使用 8 到 80 个字符。`,
'error.password-letter': `请至少包含一个字母或汉字。`,
'error.password-missing': `请设置密码。`,
'error.rate-limited': str`尝试次数过多。请在${0}后重试。`,
'error.server': `我们这边出了点问题。请重试。`,
'error.server-email': `此邮箱地址未被接受。请检查后重试。`,
'error.server-password': `此密码未被接受。请换一个密码。`,
'error.timeout': `服务器响应超时。请重试。`,
'error.timeout-register': `服务器响应超时。您的账号可能已经创建：请重试或登录。`,
'error.unauthorized': `会话在偏好设置保存前已过期。请登录后更新偏好设置。`,
'field.email': `邮箱`,
'field.password': `密码`,
'hint.have-account': `已有账号？`,
'rule.digit': `至少一个数字`,
'rule.length': `8 到 80 个字符`,
'rule.letter': `至少一个字母或汉字`,
'rule.met': `（已满足）`,
'rule.title': `密码要求`,
'rule.unmet': `（未满足）`,
'status.loading-consents': `正在加载条款…`,
'status.try-again-now': `现在可以重试了。`,
'success.body': `欢迎加入！`,
'success.title': `您的账号已准备就绪。`,
    };
  