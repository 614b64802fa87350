
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `לנסות שוב`,
'action.retry-consents': `שמירת ההעדפות שלי`,
'action.show-password': `הצגה`,
'action.show-password-name': `הצגת הסיסמה`,
'action.sign-in': `התחברות`,
'action.sign-in-instead': `התחברות לחשבון הזה`,
'action.submit': `יצירת חשבון`,
'action.submitting': `יוצרים את החשבון…`,
'consent-update.failed': `החשבון שלכם נוצר, אבל ההעדפות שלכם עדיין לא נשמרו.`,
'consents.legend': `תנאים והעדפות`,
'consents.required': `(חובה)`,
'error.captcha-failed': `לא הצלחנו לוודא שאתם לא רובוט. נסו שוב.`,
'error.captcha-required': `עלינו לוודא שאתם לא רובוט. נסו שוב.`,
'error.consent-required': `כדי להמשיך, יש לאשר את התנאים הנדרשים.`,
'error.customer-exists': `כבר קיים חשבון עם כתובת האימייל הזו.`,
'error.customer-exists-after-lost': `כנראה שהניסיון הקודם שלכם כבר יצר את החשבון הזה. התחברו כדי להמשיך.`,
'error.email-invalid': `הזינו כתובת אימייל תקינה, למשל ⁨name@example.com⁩.`,
'error.email-missing': `הזינו את כתובת האימייל שלכם.`,
'error.invalid-form': `תקנו את השדות המסומנים.`,
'error.invalid-input': `חלק מהפרטים לא התקבלו. בדקו אותם ונסו שוב.`,
'error.invalid-publisher': `ההרשמה אינה זמינה כאן כרגע.`,
'error.invalid-response': `קיבלנו תשובה לא צפויה. נסו שוב.`,
'error.network': `לא הצלחנו להתחבר לשרת. בדקו את החיבור לאינטרנט ונסו שוב.`,
'error.network-register': `החיבור נותק לפני שהתקבלה תשובה. ייתכן שהחשבון שלכם כבר קיים: נסו שוב או התחברו.`,
'error.offline': `אין חיבור לאינטרנט. נמשיך כשהחיבור יחזור.`,
'error.password-digit': `הוסיפו לפחות ספרה אחת.`,
'error.password-length': `השתמשו ב-8 עד 80 תווים.`,
'error.password-letter': `הוסיפו לפחות אות אחת.`,
'error.password-missing': `בחרו סיסמה.`,
'error.rate-limited': str`יותר מדי ניסיונות. נסו שוב בעוד ${0}.`,
'error.server': `משהו השתבש אצלנו. נסו שוב.`,
'error.server-email': `כתובת האימייל הזו לא התקבלה. בדקו אותה ונסו שוב.`,
'error.server-password': `הסיסמה הזו לא התקבלה. בחרו סיסמה אחרת.`,
'error.timeout': `השרת לא הגיב בזמן. נסו שוב.`,
'error.timeout-register': `השרת לא הגיב בזמן. ייתכן שהחשבון שלכם כבר קיים: נסו שוב או התחברו.`,
'error.unauthorized': `תוקף החיבור פג לפני שההעדפות שלכם נשמרו. התחברו כדי לעדכן אותן.`,
'field.email': `כתובת אימייל`,
'field.password': `סיסמה`,
'hint.have-account': `כבר יש לכם חשבון?`,
'rule.digit': `לפחות ספרה אחת`,
'rule.length': `8 עד 80 תווים`,
'rule.letter': `לפחות אות אחת`,
'rule.met': `(מתקיים)`,
'rule.title': `דרישות הסיסמה`,
'rule.unmet': `(עדיין לא מתקיים)`,
'status.loading-consents': `טוענים את התנאים…`,
'status.try-again-now': `אפשר לנסות שוב עכשיו.`,
'success.body': `ברוכים הבאים!`,
'success.title': `החשבון שלכם מוכן.`,
    };
  