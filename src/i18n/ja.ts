/** 日本語: keys mirror en.ts; the compiler and a unit test keep them in step. */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const jaPage: Record<PageKey, string> = {
  'panel.title': '認証コードが見つからないときは',
  'panel.title.notice': 'Xのメッセージについて',
  'panel.title.choose-method': 'まだ使える認証方法を選ぶ',
  'panel.title.settings': 'ログインできない端末のためにコードを用意する',
  'panel.title.password-change': 'パスワードを変える前に、戻る手段を確保',
  'panel.title.method-off': '認証方法をオフにする前に、戻る手段を確保',
  'panel.more.places': 'ほかに探せる場所',
  'panel.more.device': 'その端末での操作手順',
  'panel.more-below': '下に続きがあります',
  'panel.close': 'ヘルプパネルを閉じる',
  'panel.intro.choose-method': '設定済みの認証方法が並んでいます。今も使えるものを選んでください。保存したバックアップコードも使えます。',
  'panel.intro.settings': 'このブラウザではログインできています。ここから、ログインできない端末のためにバックアップコードや仮パスワードを取得できます。',
  'notice.limited.title': 'Xがこの端末からのログインを一時的に制限しています',
  'notice.limited.body':
    'このメッセージは、コードやパスワードの間違いを知らせるものではありません。メッセージのとおり、しばらく待ってから、Xが知っている端末やネットワーク（いつも使っているスマホやパソコン、自宅のWi-Fiなど）でログインしてください。ここで何度も試すのはやめましょう。',
  'notice.unread':
    'Xのメッセージが、ログインを一時的に制限したという内容なら、コードやパスワードを間違えたせいではありません。しばらく待ってから、いつものスマホや自宅のWi-Fiなど、Xが知っている端末やネットワークでログインしてください。',

  'places.title': 'コードがありそうな場所',
  'places.app.title': '認証アプリ',
  'places.app.body':
    'Google Authenticator、Microsoft Authenticator、Authy、1Passwordなどのアプリを開き、XまたはTwitterの項目を探してください。iPhoneでは「パスワード」アプリ（iOS 18以降）か「設定」→「パスワード」（それより前）の x.com または twitter.com →「確認コード」も見てください。',
  'places.app.note': 'アプリを入れ直しても、バックアップがなければコードは戻りません。',
  'places.sms.title': 'テキストメッセージ（SMS）',
  'places.sms.body': 'X Premiumなら、アカウントに登録した電話番号にSMSでコードが届きます。',
  'places.sms.resend': '届かないときは、この画面にあるXの再送信リンクから送り直せます。',
  'places.sms.digits': 'この画面によると、その番号の末尾は {digits} です。今もあなたの番号ですか。そうでなければ、SMSは届きません。',
  'places.sms.note': 'X Premiumでなければ、SMSは届きません。2023年から、XはSMSでのコードをPremiumのアカウントにだけ送っています。',
  'places.backup.title': 'バックアップコード',
  'places.backup.body':
    '2要素認証を設定したときに表示されたバックアップコードです。スクリーンショット、パスワード管理アプリ、メモ、印刷した紙を探してみてください。1つのコードは1回だけ使えます。',
  'places.key.title': 'セキュリティキー',
  'places.key.body': '登録したキーを差し込むか、かざしてから、ブラウザの指示に従ってください。',
  'places.passkey':
    'Xのパスキーを保存していれば、それがある端末では、ログインの最初（パスワードの前）にパスキーでのログインが出てくることがあります。試してみてください。',

  'device.title': 'まだログインしている端末',
  'device.body':
    'Xにログインしたままの端末はありませんか。パスワードを変更したなら、まず変更に使ったスマホやパソコンを見てください。その端末はログインしたまま残ります。ほかに、古いスマホ、タブレット、別のブラウザやブラウザのプロフィールも探してみてください（シークレットウィンドウはログイン状態を残しません）。そこでなら、ここで使えるコードを表示できます。',
  'device.web': 'ブラウザでは：',
  'device.narrow': '画面が狭いときは「{more}」の代わりに{profileMenu}から始めます。',
  'device.or': 'または',
  'device.app': 'Xアプリでは：',
  'device.password': 'コードを表示する前に、パスワードの入力を求められることがあります。',
  'device.warning': 'その端末ではパスワードを変更しないでください。変更すると、ほかの端末がすべてログアウトされ、それぞれでまたコードを求められます。',

  'method.title': '別の認証方法',
  'method.present': 'コード入力欄の下の「{chooseMethod}」から、設定済みのほかの方法（バックアップコードなど）を選べます。',
  'method.absent': 'コード入力欄の下に別の方法を選ぶリンクがあれば、設定済みのほかの方法（バックアップコードなど）を選べます。',
  'method.show': '場所を示す',
  'method.hide': '印を消す',

  'support.title': 'Xサポート',
  'support.body':
    'どれもうまくいかないときは、Xのアカウントアクセス用フォームから問い合わせます。アカウントに登録したメールアドレスを受信できることが必要です。それがないと、Xは本人確認ができないことが多く、身分証明書も受け付けていません。返事には数日かかることがあります。',
  'support.link': 'Xのアカウントアクセス用フォームを開く',
  'support.new-tab': '（新しいタブで開きます）',
  'support.form-trouble':
    'フォームが開かないときや、このブラウザには対応していないと表示されるときは、別のブラウザかプライベートウィンドウで開いてみてください。',
  'support.scams': 'お金と引き換えに「復旧」を持ちかける人や、パスワードを聞く人は無視してください。アクセスを戻せるのはXだけです。',

  'path.title': 'バックアップコードまでの手順',
  'path.here': '現在地',
  'path.item.profile-menu': 'プロフィール画像（左上）',
  'path.item.login-code': 'ログインコード（英語表示では “Show login code”）',
  'path.section': '（「{section}」の中）',

  'launcher.label': '2FA Rescueを開く：2要素認証コードのヘルプ',
  'launcher.glyph': '2FA',
  'assistant.open': '取り戻すための計画を立てる',
  'composer.open': 'Xサポートへの依頼文を作る',
  'assistant.load-failed':
    'この部分を読み込めませんでした。ページを再読み込みするか、ツールバーにあるこの拡張機能のボタンから開くチェックリストを使ってください。',
};

export const jaPopup: Record<PopupKey, string> = {
  'popup.new-tab': '（新しいタブで開きます）',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Xの2要素認証でログインできないときは、上から順に試してください。チェックはこの端末に保存されます。',
  'popup.progress': '{total}項目中 {done}項目 完了',
  'popup.reset': 'チェックをすべて外す',
  'popup.save-failed': 'チェックを保存できませんでした。このウィンドウを閉じると消えます。',
  'popup.support-link': 'アカウントアクセス用フォーム',
  'popup.form-trouble':
    'フォームが開かないときや、このブラウザには対応していないと表示されるときは、別のブラウザかプライベートウィンドウで開いてみてください。',
  'popup.scams': 'お金と引き換えに「復旧」を持ちかける人や、パスワードを聞く人は無視してください。アクセスを戻せるのはXだけです。',

  'popup.guides.intro': 'まだログインしている端末で使います。各ガイドが、Xの設定で押すものを順に示します。',
  'popup.guide.backup-code': 'バックアップコードを取得',
  'popup.guide.temporary-password': '仮パスワードを取得',
  'popup.guide.two-factor-methods': '2要素認証の方法を切り替える',
  'popup.guide.resume': '再開：{guide}',
  'popup.guide.failed': 'ガイドを開始できませんでした。タブでx.comを開いてから、もう一度試してください。',
  'checkup.title': 'ログインできたら、二度と起きないように',
  'checkup.backup.title': '新しいバックアップコードを保存する',
  'checkup.backup.body': '印刷するか、パスワード管理アプリに保存します。スマホの中だけに置かないでください。',
  'checkup.contact.title': 'Xアカウントのメールアドレスと電話番号が最新か確かめる',
  'checkup.contact.body': 'Xサポートはこのメールアドレスに連絡し、本人確認にも使います。SMSでコードが届くのはX Premiumのアカウントだけです。',
  'checkup.app.title': '2要素認証のコードにたどり着く方法をもう一つ持つ',
  'checkup.app.body':
    '認証アプリ自身のバックアップやエクスポートを使うか、別の端末のアプリにもXを追加します。Xに2本目のセキュリティキーを登録しておくのも有効です。',
  'checkup.guide': 'ガイドを開始',
  'checkup.ticked-on': '{date} にチェック',
  'popup.reminder.title': '2要素認証の方法を元に戻す',
  'popup.reminder.body':
    'もう一方の端末でログインできたら、Xの設定でその方法をオンに戻し、新しいバックアップコードを保存してください。そのあとでチェックします。',

  'check.app.title': '認証アプリを探す',
  'check.app.body':
    'Google Authenticator、Microsoft Authenticator、Authy、1Password、iPhoneの「パスワード」アプリまたは「設定」→「パスワード」（x.com または twitter.com）。',
  'check.backup.title': '保存したバックアップコードを探す',
  'check.backup.body': 'スクリーンショット、パスワード管理アプリ、メモ、印刷した紙。',
  'check.key.title': 'セキュリティキーを試す',
  'check.key.body': '登録してあれば、Xのコード入力画面でほかの方法からセキュリティキーを選び、キーを差し込むか、かざします。',
  'check.sms.title': 'テキストメッセージ（SMS）を確認する',
  'check.sms.body': 'X Premiumの場合のみ：登録した電話番号にSMSでコードが届きます。その番号を今も使っていることが前提です。',
  'check.device.title': 'ログインしたままの端末を探す',
  'check.device.body':
    'まずパスワードを変更したスマホやパソコン（ログインしたまま残ります）。ほかに、古いスマホ、タブレット、別のブラウザやブラウザのプロフィール。',
  'check.code.title': 'その端末でバックアップコードか仮パスワードを取得する',
  'check.code.body': '設定とプライバシー → セキュリティとアカウントアクセス → セキュリティ → 2要素認証。',
  'check.switch.title': 'またはログイン中に認証方法を切り替える',
  'check.switch.body': '使えない方法をいったんオフにしてここでログインし、元に戻してから新しいバックアップコードを保存します。',
  'check.support.title': 'Xサポートに問い合わせる',
  'check.support.body': 'アカウントアクセス用フォームを使います。登録メールアドレスが必要で、返事には数日かかることがあります。',
  'check.save.title': 'ログインできたら、新しいバックアップコードを保存する',
  'check.save.body': '印刷するか、パスワード管理アプリに保存します。スマホの中だけに置かないでください。',
};

export const jaAssistant: Record<AssistantKey, string> = {
  'assistant.title': '今も使えるものは？',
  'assistant.intro': '今も使えるものにチェックしてください。下の計画では、見込みの高い手順から並べます。回答は消去するまでこの端末に保存されます。',
  'assistant.clear': '回答を消去',
  'have.email': 'Xに登録したメールアドレスの受信箱',
  'have.phone': 'Xに登録した電話番号',
  'have.device': 'Xにログインしたままのスマホ・タブレット・ブラウザ',
  'have.backup': '保存したバックアップコード',
  'have.app': 'Xを登録した認証アプリ',
  'have.key': 'Xに登録したセキュリティキー',
  'plan.title': 'あなたの計画',
  'plan.next': 'まずこれを',
  'plan.backup': 'バックアップコードを使います。コード入力欄の下の「{chooseMethod}」を押し、バックアップコードを選んでください。',
  'plan.backup.described': 'バックアップコードを使います。コード入力欄の下にある、別の方法を選ぶためのリンクを押し、バックアップコードを選んでください。',
  'plan.app': '認証アプリを開き、XまたはTwitterのコードを、切り替わる前に入力してください。',
  'plan.key': 'セキュリティキーを使います。コード入力欄の下の「{chooseMethod}」を押し、セキュリティキーを選んでください。',
  'plan.key.described': 'セキュリティキーを使います。コード入力欄の下にある、別の方法を選ぶためのリンクを押し、セキュリティキーを選んでください。',
  'plan.device':
    'ログインしたままの端末で、バックアップコードか仮パスワードを取得します（ツールバーにあるこの拡張機能のボタンから、ガイドで手順を確認できます）。使えない方法を一時的にオフにする手もあります。',
  'plan.phone': 'X Premiumでテキストメッセージが有効なら、認証方法からテキストメッセージを選びます。Premiumでなければ、SMSは届きません。',
  'plan.support':
    'アカウントアクセス用フォームからXサポートに問い合わせ、登録した受信箱（迷惑メールフォルダも）で返事を待ちます。下の依頼文をコピーして使えます。',
  'plan.recover-email': 'まず、メールサービス自身の復旧手続きでそのメールアカウントを取り戻してください。Xサポートの返事はそこに届きます。',
  'plan.scams': 'お金と引き換えに「復旧」を持ちかける人や、パスワードを聞く人は無視してください。アクセスを戻せるのはXだけです。',
  'plan.second-account': 'その間、別のアカウントからフォロワーに事情を伝えることができます。',
  'outlook.good': 'これがあれば、自分でログインし直せる見込みが高いです。',
  'outlook.support': 'Xサポートが頼りです。返事には数日かかることがあります。',
  'outlook.hard':
    '正直に言うと、いちばん難しい状況です。登録メールアドレス、使えるコード、ログイン中の端末のどれもないと、Xは本人確認ができないことが多く、身分証明書も受け付けていません。まずそのメールアカウントを取り戻すのが、いちばんの望みです。',

  'composer.title': 'Xサポートへの依頼文',
  'composer.intro': 'わかることを入力すると、短い依頼文を作ります。どこにも送信しません。コピーしてXのフォームに貼り付けてください。',
  'composer.tip': 'Xには英語が最も伝わります。自分の言葉はできれば英語で書いてください。機械翻訳でかまいません。',
  'composer.username': 'Xのユーザー名',
  'composer.email': 'アカウントに登録したメールアドレス',
  'composer.email-missing':
    'できれば、アカウントに登録したメールアドレスを入力してください。これがないと、Xはたいてい、アカウントがあなたのものだと確認できません。',
  'composer.happened': '経緯',
  'composer.tried': '試したこと',
  'composer.ask': 'Xにお願いしたいこと',
  'composer.empty-hint': '空欄のままなら、標準の文が入ります。',
  'composer.cut': 'この欄は{max}文字までです。入力した内容を収まるように切りました。最後の部分を確認してください。',
  'composer.english': '英語：これを貼り付けます',
  'composer.both': '日本語（確認用）のあとに英語が続きます。全体をそのまま貼り付けてください',
  'composer.count': '{count}文字',
  'composer.copy': '依頼文をコピー',
  'composer.copied': 'コピーしました。Xのフォームに貼り付けてください。',
  'composer.copy-failed': 'コピーがブロックされました。文は選択してあります。Ctrl+C（Macは⌘C）を押すか、長押しして「コピー」を選んでください。',
  'composer.form-tip': 'フォームでは、ログインや2要素認証に関する項目を選び、登録メールアドレスを入力し、詳細を書く欄に依頼文を貼り付けてください。',

  'risk.password.title': 'パスワードを変更する前に',
  'risk.password.body': '変更すると、ほかの端末はすべてログアウトされ、それぞれで2要素認証のコードを求められます。コードを用意できるか確かめてください。',
  'risk.method.title': '認証方法をオフにする前に',
  'risk.method.body':
    'ほかの方法がオンのまま残れば、次のログインではそのどれかが求められます。これが最後の方法なら2要素認証がオフになり、パスワードだけでログインします。残るものを使えるか確かめてください。',
  'ready.backup-saved': 'この端末以外の場所にバックアップコードを保存してある',
  'ready.methods-known': '認証アプリを開ける、またはセキュリティキーを使える（X Premiumなら、登録した電話番号でSMSも受け取れる）',
  'ready.contact-checked': 'Xに登録したメールアドレスの受信箱を見られる',
  'risk.get-backup': '先にバックアップコードを取得する',
  'risk.password.ready': 'ログインし直す手段があります。手元に置いておいてください。変更すると、ほかの端末はログアウトされ、それぞれでコードを求められます。',
  'risk.method.ready': 'ログインし直す手段があります。次のログインに備えて、手元に置いておいてください。',

  'message.subject': '2要素認証でログインできません：{username}',
  'message.greeting': 'Xサポートご担当者様',
  'message.account': 'アカウント：{username}',
  'message.email': '登録メールアドレス：{email}',
  'message.happened': '経緯：{text}',
  'message.tried': '試したこと：{text}',
  'message.ask': 'お願い：{text}',
  'message.thanks': 'よろしくお願いいたします。',
  'message.default.happened': '2要素認証のコードを受け取れなくなり、ログインできません。',
  'message.default.tried': 'コードを受け取るほかの方法が見つかりませんでした。',
  'message.default.ask': 'アカウントが私のものであることを確認のうえ、2要素認証の解除などでアクセスを取り戻せるよう助けてください。',
  'message.unknown': '（未記入）',
  'message.english-follows': '---------- 以下、同じ内容の英語です (English) ----------',
};

export const jaGuide: Record<GuideKey, string> = {
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
  'guide.return': '元のページに戻る（新しいタブ）',
  'guide.needs-login': 'このガイドは、Xにログインしたままの端末で使います。その端末で開くか、先にここでログインしてください。',
  'guide.leave-method-off':
    'この画面は認証方法をオフにするためのものです。先にXの画面をキャンセルして閉じてください。確定するまで何も変わりません。ガイドは設定画面から続きます。',
  'guide.temporary-password-missing':
    'このアカウントには「仮パスワード」の項目がありません。Xが一部のアカウントにだけ用意している機能です。代わりにバックアップコードが使えます。',
  'guide.switch.backup-code': '代わりにバックアップコードを表示する',
  'guide.title.backup-code': 'バックアップコードを取得',
  'guide.title.temporary-password': '仮パスワードを取得',
  'guide.title.two-factor-methods': '2要素認証の方法を切り替える',
};
