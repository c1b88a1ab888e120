/** 日本語: keys mirror en.ts; the compiler and a unit test keep them in step. */
import type { PageKey, PopupKey } from './en';

export const jaPage: Record<PageKey, string> = {
  'panel.label': '2FA Rescue：Xの2要素認証コードの手引き',
  'panel.title': '認証コードが見つからないときは',
  'panel.close': '手引きを閉じる',
  'panel.intro.code-prompt': 'Xが2要素認証のコードを求めています。コードがありそうな場所と、ほかに試せることをまとめました。',
  'panel.intro.choose-method':
    '設定済みの認証方法が並んでいます。今も使えるものを選んでください。保存したバックアップコードも使えます。',
  'panel.intro.settings':
    'このブラウザではログインできています。ここから、ログインできない端末のためにバックアップコードや仮パスワードを取得できます。',
  'panel.intro.password-change':
    'パスワードを変更すると、ほかの端末はすべてログアウトされ、それぞれで2要素認証のコードを求められます。先にバックアップコードを保存しておきましょう。',
  'panel.intro.other': 'Xの2要素認証で先に進めないときの手引きです。',

  'places.title': 'コードがありそうな場所',
  'places.app.title': '認証アプリ',
  'places.app.body':
    'Google Authenticator、Microsoft Authenticator、Authy、1Passwordなどのアプリを開き、XまたはTwitterの項目を探してください。iPhoneでは「設定」→「パスワード」→ x.com または twitter.com →「確認コード」も見てください。',
  'places.app.note': 'アプリを入れ直しても、バックアップがなければコードは戻りません。',
  'places.sms.title': 'テキストメッセージ（SMS）',
  'places.sms.body': 'アカウントに登録した電話番号にコードが届きます。',
  'places.sms.digits': 'この画面によると、その番号の末尾は {digits} です。',
  'places.sms.note': 'SMSでコードを受け取れるのはX Premiumのアカウントだけです。Premiumでなければ、SMSは届きません。',
  'places.backup.title': 'バックアップコード',
  'places.backup.body':
    '2要素認証を設定したときに表示されたコードです。スクリーンショット、パスワード管理アプリ、メモ、印刷した紙を探してみてください。1つのコードは1回だけ使えます。',
  'places.key.title': 'セキュリティキー',
  'places.key.body': '登録したキーを差し込むか、かざしてから、ブラウザの案内に従ってください。',

  'device.title': 'まだログインしている端末',
  'device.body':
    '古いスマホ、タブレット、別のブラウザやブラウザのプロフィールで、Xにログインしたままになっていませんか（シークレットウィンドウはログイン状態を残しません）。そこでなら、ここで使えるコードを表示できます。',
  'device.web': 'ブラウザでは：',
  'device.narrow': '画面が狭いときは「{more}」の代わりに{profileMenu}から始めます。',
  'device.or': 'または',
  'device.app': 'Xアプリでは：',
  'device.password': 'コードを表示する前に、パスワードの入力を求められることがあります。',
  'device.warning': 'その端末ではパスワードを変更しないでください。変更すると、その端末もログアウトされます。',

  'method.title': '別の認証方法',
  'method.present': 'コード入力欄の下の「{chooseMethod}」から、設定済みのほかの方法（バックアップコードなど）を選べます。',
  'method.absent': '「{chooseMethod}」が表示されていれば、設定済みのほかの方法を選べます。',
  'method.show': '場所を示す',
  'method.hide': '印を消す',

  'support.title': 'Xサポート',
  'support.body':
    'どれもうまくいかないときは、Xのアカウントアクセス用フォームから問い合わせます。アカウントに登録したメールアドレスを受信できることが必要です。それがないと、Xは本人確認ができないことが多く、身分証明書も受け付けていません。返事には数日かかることがあります。',
  'support.link': 'Xのアカウントアクセス用フォームを開く',
  'support.new-tab': '（新しいタブで開きます）',

  'path.title': 'バックアップコードまでの道順',
  'path.here': '現在地',

  'launcher.label': '2FA Rescueを開く：2要素認証コードの手引き',
  'launcher.text': '2FAの手引き',
  'launcher.glyph': '2FA',
};

export const jaPopup: Record<PopupKey, string> = {
  'popup.new-tab': '（新しいタブで開きます）',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Xの2要素認証でログインできないときは、上から順に試してください。チェックはこの端末に保存されます。',
  'popup.progress': '{total}項目中 {done}項目 完了',
  'popup.reset': 'チェックをすべて外す',
  'popup.save-failed': 'チェックを保存できませんでした。このウィンドウを閉じると消えます。',
  'popup.support-link': 'アカウントアクセス用フォーム',

  'check.app.title': '認証アプリを探す',
  'check.app.body': 'Google Authenticator、Microsoft Authenticator、Authy、1Password、iPhoneの「パスワード」（x.com または twitter.com）。',
  'check.backup.title': '保存したバックアップコードを探す',
  'check.backup.body': 'スクリーンショット、パスワード管理アプリ、メモ、印刷した紙。',
  'check.sms.title': 'SMSを確認する',
  'check.sms.body': 'X Premiumの場合のみ：登録した電話番号にコードが届きます。',
  'check.device.title': 'ログインしたままの端末を探す',
  'check.device.body': '古いスマホ、タブレット、別のブラウザやブラウザのプロフィール。',
  'check.code.title': 'その端末でバックアップコードか仮パスワードを取得する',
  'check.code.body': '設定とプライバシー → セキュリティとアカウントアクセス → セキュリティ → 2要素認証。',
  'check.switch.title': 'またはログイン中に認証方法を切り替える',
  'check.switch.body': '使えない方法をいったんオフにしてここでログインし、元に戻してから新しいバックアップコードを保存します。',
  'check.support.title': 'Xサポートに問い合わせる',
  'check.support.body': 'アカウントアクセス用フォームを使います。登録メールアドレスが必要で、返事には数日かかることがあります。',
  'check.save.title': 'ログインできたら、新しいバックアップコードを保存する',
  'check.save.body': '印刷するか、パスワード管理アプリに保存します。スマホの中だけに置かないでください。',
};
