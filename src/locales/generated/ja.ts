
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      'action.retry': `再試行`,
'action.retry-consents': `設定を保存`,
'action.show-password': `表示`,
'action.show-password-name': `パスワードを表示`,
'action.sign-in': `ログイン`,
'action.sign-in-instead': `このアカウントでログイン`,
'action.submit': `アカウントを作成`,
'action.submitting': `アカウントを作成しています…`,
'consent-update.failed': `アカウントは作成されましたが、設定はまだ保存されていません。`,
'consents.legend': `規約と設定`,
'consents.required': `（必須）`,
'error.captcha-failed': `ロボットでないことを確認できませんでした。もう一度お試しください。`,
'error.captcha-required': `ロボットでないことを確認する必要があります。もう一度お試しください。`,
'error.consent-required': `続行するには、必須の規約に同意してください。`,
'error.customer-exists': `このメールアドレスのアカウントはすでに登録されています。`,
'error.customer-exists-after-lost': `前回の操作でこのアカウントはすでに作成されている可能性があります。ログインして続行してください。`,
'error.email-invalid': `name@example.com のような形式でメールアドレスを入力してください。`,
'error.email-missing': `メールアドレスを入力してください。`,
'error.invalid-form': `強調表示された項目を修正してください。`,
'error.invalid-input': `一部の入力内容を受け付けられませんでした。内容を確認して、もう一度お試しください。`,
'error.invalid-publisher': `現在、こちらでは新規登録をご利用いただけません。`,
'error.invalid-response': `予期しない応答を受信しました。もう一度お試しください。`,
'error.network': `サーバーに接続できませんでした。接続状況を確認して、もう一度お試しください。`,
'error.network-register': `応答を受け取る前に接続が切れました。アカウントはすでに作成されている可能性があります。もう一度お試しいただくか、ログインしてください。`,
'error.offline': `オフラインです。接続が回復したら続行します。`,
'error.password-digit': `数字を1つ以上含めてください。`,
'error.password-length': `8～80文字で入力してください。`,
'error.password-letter': `英字などの文字を1つ以上含めてください。`,
'error.password-missing': `パスワードを設定してください。`,
'error.rate-limited': str`試行回数が上限に達しました。${0}後にもう一度お試しください。`,
'error.server': `問題が発生しました。もう一度お試しください。`,
'error.server-email': `このメールアドレスは使用できません。内容を確認して、もう一度お試しください。`,
'error.server-password': `このパスワードは使用できません。別のパスワードを設定してください。`,
'error.timeout': `サーバーからの応答がありませんでした。もう一度お試しください。`,
'error.timeout-register': `サーバーからの応答がありませんでした。アカウントはすでに作成されている可能性があります。もう一度お試しいただくか、ログインしてください。`,
'error.unauthorized': `設定を保存する前にセッションの有効期限が切れました。ログインして設定を更新してください。`,
'field.email': `メールアドレス`,
'field.password': `パスワード`,
'hint.have-account': `すでにアカウントをお持ちですか？`,
'rule.digit': `数字を1つ以上`,
'rule.length': `8～80文字`,
'rule.letter': `英字などの文字を1つ以上`,
'rule.met': `（満たしています）`,
'rule.title': `パスワードの条件`,
'rule.unmet': `（まだ満たしていません）`,
'status.loading-consents': `規約を読み込んでいます…`,
'status.try-again-now': `もう一度お試しいただけます。`,
'success.body': `ようこそ！`,
'success.title': `アカウントの準備ができました。`,
    };
  