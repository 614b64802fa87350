
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `Tekrar dene`,
'action.retry-consents': `Tercihlerimi kaydet`,
'action.show-password': `Göster`,
'action.show-password-name': `Şifreyi göster`,
'action.sign-in': `Giriş yap`,
'action.sign-in-instead': `Bu hesapla giriş yapın`,
'action.submit': `Hesap oluştur`,
'action.submitting': `Hesabınız oluşturuluyor…`,
'consent-update.failed': `Hesabınız oluşturuldu ancak tercihleriniz henüz kaydedilmedi.`,
'consents.legend': `Koşullar ve tercihler`,
'consents.required': `(zorunlu)`,
'error.captcha-failed': `Robot doğrulaması başarısız oldu. Lütfen tekrar deneyin.`,
'error.captcha-required': `Robot olmadığınızı doğrulamamız gerekiyor. Lütfen tekrar deneyin.`,
'error.consent-required': `Devam etmek için zorunlu koşulları kabul edin.`,
'error.customer-exists': `Bu e-posta adresiyle kayıtlı bir hesap zaten var.`,
'error.customer-exists-after-lost': `Önceki denemeniz bu hesabı büyük olasılıkla zaten oluşturdu. Devam etmek için giriş yapın.`,
'error.email-invalid': `name@example.com gibi geçerli bir e-posta adresi girin.`,
'error.email-missing': `E-posta adresinizi girin.`,
'error.invalid-form': `Lütfen işaretli alanları düzeltin.`,
'error.invalid-input': `Bazı bilgiler kabul edilmedi. Kontrol edip tekrar deneyin.`,
'error.invalid-publisher': `Şu anda buradan kayıt olunamıyor.`,
'error.invalid-response': `Beklenmeyen bir yanıt aldık. Lütfen tekrar deneyin.`,
'error.network': `Sunucuya ulaşılamadı. Bağlantınızı kontrol edip tekrar deneyin.`,
'error.network-register': `Yanıt alınamadan bağlantı kesildi. Hesabınız zaten oluşturulmuş olabilir: Tekrar deneyin veya giriş yapın.`,
'error.offline': `İnternet bağlantınız yok. Bağlantı geri geldiğinde devam edeceğiz.`,
'error.password-digit': `En az bir rakam ekleyin.`,
'error.password-length': `8 ile 80 karakter arasında bir şifre kullanın.`,
'error.password-letter': `En az bir harf ekleyin.`,
'error.password-missing': `Bir şifre belirleyin.`,
'error.rate-limited': str`Çok fazla deneme yapıldı. ${0} sonra tekrar deneyin.`,
'error.server': `Bizden kaynaklanan bir sorun oluştu. Lütfen tekrar deneyin.`,
'error.server-email': `Bu e-posta adresi kabul edilmedi. Kontrol edip tekrar deneyin.`,
'error.server-password': `Bu şifre kabul edilmedi. Başka bir şifre seçin.`,
'error.timeout': `Sunucu zamanında yanıt vermedi. Lütfen tekrar deneyin.`,
'error.timeout-register': `Sunucu zamanında yanıt vermedi. Hesabınız zaten oluşturulmuş olabilir: Tekrar deneyin veya giriş yapın.`,
'error.unauthorized': `Tercihleriniz kaydedilmeden oturumunuzun süresi doldu. Tercihlerinizi güncellemek için giriş yapın.`,
'field.email': `E-posta`,
'field.password': `Şifre`,
'hint.have-account': `Zaten hesabınız var mı?`,
'rule.digit': `En az bir rakam`,
'rule.length': `8-80 karakter`,
'rule.letter': `En az bir harf`,
'rule.met': `(karşılandı)`,
'rule.title': `Şifre gereksinimleri`,
'rule.unmet': `(henüz karşılanmadı)`,
'status.loading-consents': `Koşullar yükleniyor…`,
'status.try-again-now': `Şimdi tekrar deneyebilirsiniz.`,
'success.body': `Aramıza hoş geldiniz!`,
'success.title': `Hesabınız hazır.`,
    };
  