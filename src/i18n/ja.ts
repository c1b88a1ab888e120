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

  'guide.label': '2FA Rescueのガイド',
  'guide.step-count': '手順 {n}／{total}',
  'guide.open-more': '左のメニューの「{label}」を開きます。',
  'guide.open-drawer': '左上のプロフィール画像をタップしてメニューを開きます。',
  'guide.choose': '「{label}」を選びます。',
  'guide.password': 'Xが先にパスワードを求めています。X自身の入力欄に入力してください。この拡張機能は内容を読みません。ガイドはここで待ちます。',
  'guide.done.backup-code':
    '完了：これがバックアップコードです。書き留めるかスクリーンショットを撮り、この端末以外の場所に保管してください。コードを求める端末で1回だけ使えます。',
  'guide.done.temporary-password':
    '完了：ここで仮パスワードを作成し、もう一方の端末でのログインに使います。しばらくすると使えなくなるので、早めに使ってください。',
  'guide.done.two-factor-methods':
    'これが2要素認証の方法です。ログインできない端末で使えない方法のチェックを外してログインし（それが唯一の方法なら2要素認証がオフになります）、ここに戻ってオンに戻し、新しいバックアップコードを保存します。ポップアップでお知らせし続けます。',
  'guide.fallback': 'このページでは、いつもの場所に見つかりません。次のものを探してください：',
  'guide.found': '見つけた',
  'guide.skip': 'この手順を飛ばす',
  'guide.end': 'ガイドを終了',
  'guide.finish': '終了',
  'guide.needs-login': 'このガイドは、Xにログインしたままの端末で使います。その端末で開くか、先にここでログインしてください。',
  'guide.title.backup-code': 'バックアップコードを取得',
  'guide.title.temporary-password': '仮パスワードを取得',
  'guide.title.two-factor-methods': '2要素認証の方法を切り替える',
};

export const jaPopup: Record<PopupKey, string> = {
  'popup.new-tab': '（新しいタブで開きます）',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Xの2要素認証でログインできないときは、上から順に試してください。チェックはこの端末に保存されます。',
  'popup.progress': '{total}項目中 {done}項目 完了',
  'popup.reset': 'チェックをすべて外す',
  'popup.save-failed': 'チェックを保存できませんでした。このウィンドウを閉じると消えます。',
  'popup.support-link': 'アカウントアクセス用フォーム',

  'popup.guides.title': 'x.comで道順を示す',
  'popup.guides.intro': 'まだログインしている端末で使います。Xの設定で押すものを順に示します。',
  'popup.guide.backup-code': 'バックアップコードを取得',
  'popup.guide.temporary-password': '仮パスワードを取得',
  'popup.guide.two-factor-methods': '2要素認証の方法を切り替える',
  'popup.guide.resume': '再開：{guide}',
  'popup.guide.failed': 'ガイドを開始できませんでした。タブでx.comを開いてから、もう一度試してください。',
  'popup.reminder.title': '2要素認証の方法を元に戻す',
  'popup.reminder.body': 'もう一方の端末でログインできたら、Xの設定でその方法をオンに戻し、新しいバックアップコードを保存してください。そのあとでチェックします。',

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
