
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `إعادة المحاولة`,
'action.retry-consents': `حفظ تفضيلاتي`,
'action.show-password': `إظهار`,
'action.show-password-name': `إظهار كلمة المرور`,
'action.sign-in': `تسجيل الدخول`,
'action.sign-in-instead': `تسجيل الدخول بهذا الحساب`,
'action.submit': `إنشاء حساب`,
'action.submitting': `جارٍ إنشاء حسابك…`,
'consent-update.failed': `تم إنشاء حسابك، لكن لم يتم حفظ تفضيلاتك بعد.`,
'consents.legend': `الشروط والتفضيلات`,
'consents.required': `(مطلوب)`,
'error.captcha-failed': `تعذّر التحقق من أنك لست روبوتًا. يُرجى المحاولة مرة أخرى.`,
'error.captcha-required': `نحتاج إلى التحقق من أنك لست روبوتًا. يُرجى المحاولة مرة أخرى.`,
'error.consent-required': `يُرجى قبول الشروط المطلوبة للمتابعة.`,
'error.customer-exists': `يوجد حساب بهذا البريد الإلكتروني بالفعل.`,
'error.customer-exists-after-lost': `من المرجّح أن محاولتك السابقة أنشأت هذا الحساب بالفعل. يُرجى تسجيل الدخول للمتابعة.`,
'error.email-invalid': `يُرجى إدخال بريد إلكتروني صالح، مثل ⁨name@example.com⁩.`,
'error.email-missing': `يُرجى إدخال بريدك الإلكتروني.`,
'error.invalid-form': `يُرجى تصحيح الحقول المميّزة.`,
'error.invalid-input': `لم تُقبل بعض البيانات. يُرجى التحقق منها والمحاولة مرة أخرى.`,
'error.invalid-publisher': `التسجيل غير متاح هنا حاليًا.`,
'error.invalid-response': `تلقّينا ردًا غير متوقع. يُرجى المحاولة مرة أخرى.`,
'error.network': `تعذّر الوصول إلى الخادم. يُرجى التحقق من الاتصال والمحاولة مرة أخرى.`,
'error.network-register': `انقطع الاتصال قبل وصول الرد. ربما أُنشئ حسابك بالفعل: يُرجى المحاولة مرة أخرى أو تسجيل الدخول.`,
'error.offline': `لا يوجد اتصال بالإنترنت. سنتابع عند عودة الاتصال.`,
'error.password-digit': `يُرجى إضافة رقم واحد على الأقل.`,
'error.password-length': `يُرجى استخدام 8 إلى 80 حرفًا.`,
'error.password-letter': `يُرجى إضافة حرف واحد على الأقل.`,
'error.password-missing': `يُرجى اختيار كلمة مرور.`,
'error.rate-limited': str`محاولات كثيرة جدًا. يمكنك المحاولة مرة أخرى بعد قليل (الوقت المتبقي: ${0}).`,
'error.server': `حدث خطأ من جانبنا. يُرجى المحاولة مرة أخرى.`,
'error.server-email': `لم يُقبل عنوان البريد الإلكتروني هذا. يُرجى التحقق منه والمحاولة مرة أخرى.`,
'error.server-password': `لم تُقبل كلمة المرور هذه. يُرجى اختيار كلمة مرور أخرى.`,
'error.timeout': `استغرق الخادم وقتًا طويلاً للرد. يُرجى المحاولة مرة أخرى.`,
'error.timeout-register': `استغرق الخادم وقتًا طويلاً للرد. ربما أُنشئ حسابك بالفعل: يُرجى المحاولة مرة أخرى أو تسجيل الدخول.`,
'error.unauthorized': `انتهت صلاحية الجلسة قبل حفظ تفضيلاتك. يُرجى تسجيل الدخول لتحديثها.`,
'field.email': `البريد الإلكتروني`,
'field.password': `كلمة المرور`,
'hint.have-account': `هل لديك حساب بالفعل؟`,
'rule.digit': `رقم واحد على الأقل`,
'rule.length': `من 8 إلى 80 حرفًا`,
'rule.letter': `حرف واحد على الأقل`,
'rule.met': `(مستوفى)`,
'rule.title': `متطلبات كلمة المرور`,
'rule.unmet': `(غير مستوفى بعد)`,
'status.loading-consents': `جارٍ تحميل الشروط…`,
'status.try-again-now': `يمكنك المحاولة مرة أخرى الآن.`,
'success.body': `أهلًا بك!`,
'success.title': `حسابك جاهز.`,
    };
  