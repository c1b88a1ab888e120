/**
 * 日本語: keys mirror en.ts; the compiler and a unit test keep them in step. Body text in です・ます,
 * buttons as short verb or noun phrases; one word per thing (docs/glossary/ja.json).
 */
import type { AssistantKey, PageKey, PopupKey, GuideKey } from './en';

export const jaPage: Record<PageKey, string> = {
  'panel.title': '認証コードが手に入らないときは',
  'panel.title.notice': 'Xのメッセージについて',
  'panel.title.choose-method': '今も使える認証方法を選ぶ',
  'panel.title.settings': 'ログインできない端末で使うコードを取得する',
  'panel.title.password-change': 'パスワードを変更する前に、ログインし直す手段を確保',
  'panel.title.method-off': '認証方法をオフにする前に、ログインし直す手段を確保',
  'panel.more.places': 'ほかに探せる場所',
  'panel.more.device': 'その端末での操作手順',
  'panel.more-below': '下に続きがあります',
  'panel.close': 'ヘルプパネルを閉じる',
  'panel.intro.choose-method': 'Xには、設定済みの認証方法が表示されています。今も使えるものを選んでください。保存したバックアップコードも使えます。',
  'panel.intro.settings': 'ここではログインしています。この設定ページから、ログインできない端末で使うバックアップコードか仮パスワードを取得できます。',
  'notice.limited.title': 'Xがこの端末からのログインを一時的に制限しています',
  'notice.limited.body':
    'このメッセージは、コードやパスワードの誤りを知らせるものではありません。メッセージのとおり、しばらく待ってから、Xが認識している端末やネットワーク（いつも使っているスマホやパソコン、自宅のWi-Fiなど）でログインしてください。ここで何度も試さないでください。',
  'notice.unread':
    'Xのメッセージが、ログインを一時的に制限したという内容なら、コードやパスワードの誤りではありません。しばらく待ってから、いつものスマホや自宅のWi-Fiなど、Xが認識している端末やネットワークでログインしてください。',

  'places.title': 'コードがありそうな場所',
  'places.app.title': '認証アプリ',
  'places.app.body':
    'Google Authenticator、Microsoft Authenticator、Authy、1Passwordなどのアプリを開き、XまたはTwitterの項目を探してください。iPhoneでは、「パスワード」アプリ（iOS 18以降）または「設定」→「パスワード」（それより前のiOS）で、x.comかtwitter.comの項目にある「確認コード」も見てください。',
  'places.app.note': 'バックアップしていなければ、アプリを入れ直してもコードは戻りません。',
  'places.sms.title': 'テキストメッセージ（SMS）',
  'places.sms.body': 'X Premiumなら、アカウントに登録した電話番号に、XがSMSでコードを送ります。',
  'places.sms.resend': '届かないときは、この画面にあるXのリンクから再送信できます。',
  'places.sms.digits': 'この画面では、その番号の末尾は{digits}と表示されています。今も使っている番号ですか？違う場合、SMSは届きません。',
  'places.sms.note': 'X Premiumでなければ、SMSは届きません。2023年から、XはSMSでのコード送信をPremiumのアカウントに限っています。',
  'places.backup.title': 'バックアップコード',
  'places.backup.body':
    '2要素認証をオンにしたとき、Xはバックアップコードを表示しました。スクリーンショット、パスワード管理アプリ、メモ、印刷した紙を探してください。コードはそれぞれ1回だけ使えます。',
  'places.key.title': 'セキュリティキー',
  'places.key.body': '登録したキーを差し込むかタッチしてから、ブラウザの指示に従ってください。',
  'places.passkey':
    'Xのパスキーを保存しましたか？パスキーがある端末では、Xのログイン画面の最初（パスワードの前）に、パスキーでのログインが表示されることがあります。一度お試しください。',

  'device.title': 'ログインしたままの端末',
  'device.body':
    'どこかでXにログインしたままになっていませんか？パスワードを変更した場合は、まず変更に使ったスマホやパソコンを見てください。Xはその端末のログインを維持します。次に、古いスマホ、タブレット、別のブラウザやブラウザのプロフィールを見てください（プライベートウィンドウにはログイン状態が残りません）。その端末では、ここで使えるコードをXで表示できます。',
  'device.web': 'ブラウザの場合：',
  'device.narrow': '画面が狭いときは、「{more}」ではなく{profileMenu}から始めてください。',
  'device.or': 'または',
  'device.app': 'Xアプリの場合：',
  'device.password': 'コードが表示される前に、Xからパスワードを求められることがあります。',
  'device.warning': 'その端末でパスワードを変更しないでください。変更すると、ほかの端末がすべてログアウトされ、それぞれでまたコードを求められます。',

  'method.title': '別の認証方法',
  'method.present': 'コード入力欄の下にある「{chooseMethod}」を押すと、設定済みのほかの方法（バックアップコードなど）が表示されます。',
  'method.absent': 'コード入力欄の下に、別の確認方法を選ぶリンクがあれば、押すと設定済みのほかの方法（バックアップコードなど）が表示されます。',
  'method.show': '場所を表示',
  'method.hide': '目印を消す',

  'support.title': 'Xサポート',
  'support.body':
    'どれもうまくいかないときは、Xのアカウントアクセス用フォームから問い合わせてください。アカウントに登録したメールアドレスでメールを受け取れる必要があります。受け取れないと、Xはたいてい本人確認ができず、身分証明書も受け付けていません。返信には数日かかることがあります。',
  'support.link': 'Xのアカウントアクセス用フォームを開く',
  'support.new-tab': '（新しいタブで開きます）',
  'support.form-trouble':
    'フォームが読み込まれないときや、このブラウザには対応していないと表示されるときは、別のブラウザかプライベートウィンドウでお試しください。',
  'support.scams': 'お金と引き換えにアカウントの「復旧」を持ちかける人や、パスワードを聞いてくる人は無視してください。アクセスを回復できるのはXだけです。',

  'path.title': 'バックアップコードまでの手順',
  'path.here': '現在地',
  'path.item.profile-menu': 'プロフィール画像（左上）',
  'path.item.login-code': 'ログインコード（英語表示では「Show login code」）',
  'path.section': '（「{section}」の下）',

  'launcher.label': '2FA Rescueを開く：2要素認証コードのヘルプ',
  'launcher.glyph': '2FA',
  'assistant.open': 'ログインし直す計画を立てる',
  'composer.open': 'Xサポートへの依頼文を作る',
  'assistant.load-failed':
    'この部分を読み込めませんでした。ページを再読み込みするか、ツールバーにあるこの拡張機能のボタンから開くチェックリストを使ってください。',
};

export const jaPopup: Record<PopupKey, string> = {
  'popup.new-tab': '（新しいタブで開きます）',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Xの2要素認証コードでログインできないときは、上から順に試してください。チェックはこの端末に保存されます。',
  'popup.progress': '{total}項目中{done}項目が完了',
  'popup.reset': 'チェックをすべて外す',
  'popup.save-failed': 'チェックを保存できませんでした。このウィンドウを閉じると、チェックは消えます。',
  'popup.support-link': 'アカウントアクセス用フォーム',
  'popup.form-trouble':
    'フォームが読み込まれないときや、このブラウザには対応していないと表示されるときは、別のブラウザかプライベートウィンドウでお試しください。',
  'popup.scams': 'お金と引き換えにアカウントの「復旧」を持ちかける人や、パスワードを聞いてくる人は無視してください。アクセスを回復できるのはXだけです。',

  'popup.guides.intro': 'ログインしたままの端末で使います。どのガイドも、Xの設定で押す場所を示します。',
  'popup.guide.backup-code': 'バックアップコードを取得',
  'popup.guide.temporary-password': '仮パスワードを取得',
  'popup.guide.two-factor-methods': '認証方法を切り替える',
  'popup.guide.resume': '再開：{guide}',
  'popup.guide.failed': 'ガイドを開始できませんでした。x.comをタブで開いてから、もう一度お試しください。',
  'checkup.title': 'ログインできたら、同じことが起きないように備える',
  'checkup.backup.title': '新しいバックアップコードを保存する',
  'checkup.backup.body': 'スマホの中だけでなく、印刷するか、パスワード管理アプリに保存してください。',
  'checkup.contact.title': 'Xアカウントのメールアドレスと電話番号が最新か確認する',
  'checkup.contact.body': 'Xサポートはそのメールアドレスに連絡し、本人確認にも使います。SMSでコードが届くのは、X Premiumのアカウントだけです。',
  'checkup.app.title': '2要素認証のコードを得る手段をもう一つ用意する',
  'checkup.app.body':
    '認証アプリのバックアップ機能やエクスポート機能を使うか、別の端末の認証アプリにもXを追加してください。Xに2本目のセキュリティキーを登録しておくのも有効です。',
  'checkup.guide': 'ガイドを開始',
  'checkup.ticked-on': 'チェック日：{date}',
  'popup.reminder.title': '認証方法をオンに戻す',
  'popup.reminder.body':
    'もう一方の端末でログインできたら、Xの設定でその方法をオンに戻し、新しいバックアップコードを保存してください。終わったら、ここにチェックを入れてください。',

  'check.app.title': '認証アプリを確認する',
  'check.app.body':
    'Google Authenticator、Microsoft Authenticator、Authy、1Password。iPhoneでは、「パスワード」アプリまたは「設定」→「パスワード」（x.comまたはtwitter.com）。',
  'check.backup.title': '保存したバックアップコードを探す',
  'check.backup.body': 'スクリーンショット、パスワード管理アプリ、メモ、印刷した紙。',
  'check.key.title': 'セキュリティキーを試す',
  'check.key.body': '登録している場合：Xのコード入力画面で、ほかの方法の中からセキュリティキーを選び、キーを差し込むかタッチしてください。',
  'check.sms.title': 'テキストメッセージ（SMS）を確認する',
  'check.sms.body': 'X Premiumの場合のみ：アカウントに登録した電話番号を今も使っていれば、その番号にXがSMSでコードを送ります。',
  'check.device.title': 'ログインしたままの端末を探す',
  'check.device.body':
    'まず、パスワードを変更したスマホやパソコン（Xはログインを維持します）。次に、古いスマホ、タブレット、別のブラウザやブラウザのプロフィール。',
  'check.code.title': 'その端末でバックアップコードか仮パスワードを取得する',
  'check.code.body': '「設定とプライバシー」→「セキュリティとアカウントアクセス」→「セキュリティ」→「2要素認証」',
  'check.switch.title': 'または、ログイン中に認証方法を切り替える',
  'check.switch.body': '使えない方法をオフにして、ここでログインします。そのあと、その方法をオンに戻し、新しいバックアップコードを保存してください。',
  'check.support.title': 'Xサポートに問い合わせる',
  'check.support.body': 'アカウントアクセス用フォームを使います。登録したメールアドレスが必要です。返信には数日かかることがあります。',
  'check.save.title': 'ログインできたら、新しいバックアップコードを保存する',
  'check.save.body': 'スマホの中だけでなく、印刷するか、パスワード管理アプリに保存してください。',
};

export const jaAssistant: Record<AssistantKey, string> = {
  'assistant.title': '今も使えるものは？',
  'assistant.intro':
    '今も使えるものにチェックを入れてください。下の計画では、最も見込みのある手順を最初に示します。回答は、消去するまでこの端末に保存されます。',
  'assistant.clear': '回答を消去',
  'have.email': 'Xに登録したメールアドレスの受信箱',
  'have.phone': 'Xに登録した電話番号',
  'have.device': 'Xにログインしたままのスマホ・タブレット・ブラウザ',
  'have.backup': '保存したバックアップコード',
  'have.app': 'Xを追加した認証アプリ',
  'have.key': 'Xに登録したセキュリティキー',
  'plan.title': 'あなたの計画',
  'plan.next': '最初にすること',
  'plan.backup': 'バックアップコードを使います。コード入力欄の下の「{chooseMethod}」を押し、バックアップコードを選んでください。',
  'plan.backup.described': 'バックアップコードを使います。コード入力欄の下にある、別の確認方法を選ぶリンクを押し、バックアップコードを選んでください。',
  'plan.app': '認証アプリを開き、XまたはTwitterの項目に表示されているコードを、切り替わる前に入力してください。',
  'plan.key': 'セキュリティキーを使います。コード入力欄の下の「{chooseMethod}」を押し、セキュリティキーを選んでください。',
  'plan.key.described': 'セキュリティキーを使います。コード入力欄の下にある、別の確認方法を選ぶリンクを押し、セキュリティキーを選んでください。',
  'plan.device':
    'ログインしたままの端末で、バックアップコードか仮パスワードを取得してください（ツールバーにあるこの拡張機能のボタンから、ガイドで手順を確認できます）。または、使えない方法を一時的にオフにしてもかまいません。',
  'plan.phone':
    'アカウントがX Premiumで、テキストメッセージがオンになっていれば、認証方法の中からテキストメッセージを選んでください。Premiumでなければ、SMSは届きません。',
  'plan.support':
    'アカウントアクセス用フォームからXサポートに問い合わせ、登録したメールアドレスの受信箱（迷惑メールフォルダも）で返信を確認してください。下の依頼文は、そのままコピーできます。',
  'plan.recover-email': 'まず、メールサービスが用意している復旧手続きで、そのメールアカウントを取り戻してください。Xサポートの返信はそこに届きます。',
  'plan.scams': 'お金と引き換えにアカウントの「復旧」を持ちかける人や、パスワードを聞いてくる人は無視してください。アクセスを回復できるのはXだけです。',
  'plan.second-account': 'その間、別のアカウントからフォロワーに事情を知らせることもできます。',
  'outlook.good': 'これがあれば、自分でログインし直せる可能性が高いです。',
  'outlook.support': 'Xサポートへの問い合わせが、ログインし直す手段です。返信には数日かかることがあります。',
  'outlook.hard':
    '正直なところ、最も難しいケースです。登録したメールアドレスも、使えるコードも、ログインしたままの端末もないと、Xはたいてい本人確認ができず、身分証明書も受け付けていません。そのメールアカウントを取り戻すことが、最善の策です。',

  'composer.title': 'Xサポートへの依頼文',
  'composer.intro': 'わかることを入力すると、短い依頼文ができます。どこにも送信されません。コピーして、Xのフォームに貼り付けてください。',
  'composer.page-sees': 'ここに入力した内容は、x.comでのほかの入力と同じく、Xのページから見えます。もともとXに送るための文章です。',
  'composer.tip': 'Xには英語が最も伝わりやすいです。自分で書く部分は、できれば英語で書いてください。機械翻訳でもかまいません。',
  'composer.username': 'Xのユーザー名',
  'composer.email': 'アカウントに登録したメールアドレス',
  'composer.email-missing':
    'できれば、アカウントに登録したメールアドレスを入力してください。メールアドレスがないと、Xはたいてい、アカウントがあなたのものだと確認できません。',
  'composer.happened': '経緯',
  'composer.tried': '試したこと',
  'composer.ask': 'Xにお願いしたいこと',
  'composer.empty-hint': '空欄の場合は、定型文が入ります。',
  'composer.cut': 'この欄は{max}文字までです。入力した内容は、収まるように切り詰めました。末尾を確認してください。',
  'composer.english': '英語版：これを貼り付けてください',
  'composer.both': '日本語（確認用）のあとに、X向けの英語が続きます。全体を貼り付けてください',
  'composer.count': '{count}文字',
  'composer.copy': '依頼文をコピー',
  'composer.copied': 'コピーしました。Xのフォームに貼り付けてください。',
  'composer.copy-failed': 'コピーがブロックされました。文章は選択済みです。Ctrl+C（Macでは⌘C）を押すか、長押しして「コピー」を選んでください。',
  'composer.form-tip': 'フォームでは、ログインや2要素認証に関する選択肢を選び、登録したメールアドレスを入力して、詳細を書く欄に依頼文を貼り付けてください。',

  'risk.password.title': 'パスワードを変更する前に',
  'risk.password.body': '変更すると、ほかの端末はすべてログアウトされ、それぞれで2要素認証のコードを求められます。コードを用意できるか確認してください。',
  'risk.method.title': '認証方法をオフにする前に',
  'risk.method.body':
    '次のログインでは、オンのまま残る方法のどれかを求められます。これが最後の方法なら2要素認証がオフになり、Xはパスワードだけを求めます。残るものを使えるか確認してください。',
  'ready.backup-saved': 'この端末以外の場所に、バックアップコードを保存している',
  'ready.methods-known': '認証アプリを開ける、またはセキュリティキーを使える（アカウントがX PremiumならSMSも受け取れる）',
  'ready.contact-checked': 'Xに登録したメールアドレスの受信箱を確認できる',
  'risk.get-backup': '先にバックアップコードを取得',
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
  'message.default.ask': 'アカウントが私のものであることを確認のうえ、2要素認証の解除などにより、アクセスを回復できるようご支援をお願いいたします。',
  'message.unknown': '（未記入）',
  'message.english-follows': '---------- 以下、同じ内容の英語です (English) ----------',
};

export const jaGuide: Record<GuideKey, string> = {
  'guide.label': '2FA Rescueのガイド',
  'guide.step-count': '手順{n}／{total}',
  'guide.open-more': '左のメニューにある「{label}」を開いてください。',
  'guide.open-drawer': '左上のプロフィール画像をタップして、メニューを開いてください。',
  'guide.choose': '「{label}」を選んでください。',
  'guide.password':
    'Xが先にパスワードを求めています。Xの画面の入力欄に入力してください。この拡張機能がパスワードを読み取ることはありません。ガイドはここで待機します。',
  'guide.done.backup-code':
    '完了です。これがバックアップコードです。書き留めるかスクリーンショットを撮って、この端末以外の場所に保管してください。コードを求めている端末で、1回だけ使えます。',
  'guide.done.temporary-password':
    '完了です。ここで仮パスワードを生成し、もう一方の端末でのログインに使います。しばらくすると無効になるので、早めに使ってください。',
  'guide.done.two-factor-methods':
    'これが2要素認証の方法です。ログインできない端末でログインするには、その端末で使えない方法のチェックを外してから（それが唯一の方法なら、2要素認証がオフになります）ログインし、ここに戻ってください。戻ったら方法をオンに戻し、新しいバックアップコードを保存します。ポップアップでお知らせします。',
  'guide.fallback': 'このページでは、想定していた場所に見当たりません。画面の中から探してください：',
  'guide.found': '見つけた',
  'guide.skip': 'この手順をスキップ',
  'guide.end': 'ガイドを終了',
  'guide.finish': '完了',
  'guide.return': '元のページに戻る（新しいタブ）',
  'guide.needs-login': 'このガイドは、Xにログインしたままの端末で使うものです。その端末で使うか、先にここでログインしてください。',
  'guide.leave-method-off':
    'ここで開いているXの画面は、認証方法をオフにするためのものです。先にキャンセルするか、閉じてください。そこで確定するまで、何も変わりません。ガイドは設定ページから続きます。',
  'guide.temporary-password-missing':
    'このアカウントには「仮パスワード」の項目がありません。Xはこの機能を一部のアカウントにだけ提供しています。バックアップコードでも同じことができます。',
  'guide.switch.backup-code': '代わりにバックアップコードを取得',
  'guide.title.backup-code': 'バックアップコードを取得',
  'guide.title.temporary-password': '仮パスワードを取得',
  'guide.title.two-factor-methods': '認証方法を切り替える',
};
