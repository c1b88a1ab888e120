/**
 * English: every user-facing text of the extension, in sections so the content
 * script (loaded on every x.com page) carries only what it shows at once.
 * Japanese mirrors these keys.
 */
export const enPage = {
  'panel.title': 'Can’t get your code?',
  'panel.title.notice': 'About X’s message',
  'panel.title.choose-method': 'Pick a method you can still use',
  'panel.title.settings': 'Get a code for your locked-out device',
  'panel.title.password-change': 'Changing your password? Keep a way back in',
  'panel.title.method-off': 'Turning a method off? Keep a way back in',
  'panel.more.places': 'Other places to look',
  'panel.more.device': 'Where to click on that device',
  'panel.more-below': 'More below',
  'panel.close': 'Close the help panel',
  'panel.intro.choose-method': 'X lists the two-factor methods you turned on. Pick one you can still use; a saved backup code works too.',
  'panel.intro.settings': 'You are logged in here. From these pages you can get a backup code or a temporary password for the device that is locked out.',
  'notice.limited.title': 'X has limited logins from this device for now',
  'notice.limited.body':
    'This message is not about a wrong code or password. Wait a while, as X asks, then log in from a device or network X knows: the phone or computer you usually use, or your home Wi-Fi. Don’t keep retrying here.',
  'notice.unread':
    'If X’s message says it has limited logins for now, it is not about a wrong code or password: wait a while, then log in from a device or network X knows, such as your usual phone or your home Wi-Fi.',

  'places.title': 'Where your code may be',
  'places.app.title': 'Authentication app',
  'places.app.body':
    'Open Google Authenticator, Microsoft Authenticator, Authy, 1Password or a similar app and look for X or Twitter. On an iPhone, also look in the Passwords app (iOS 18 and later) or Settings → Passwords (earlier): x.com or twitter.com → Verification Code.',
  'places.app.note': 'Reinstalling the app does not bring codes back unless they were backed up.',
  'places.sms.title': 'Text message',
  'places.sms.body': 'With X Premium, X texts the code to the phone number on your account.',
  'places.sms.resend': 'If none arrives, X’s own link on this step can send it again.',
  'places.sms.digits': 'This page says that number ends in {digits}. Is it still yours? If not, no text can reach you.',
  'places.sms.note': 'Without X Premium, no text will come: since 2023 X sends codes by text only to Premium accounts.',
  'places.backup.title': 'Backup code',
  'places.backup.body':
    'X showed backup codes when you turned on two-factor authentication. Look in screenshots, your password manager, notes or a print-out. Each code works once.',
  'places.key.title': 'Security key',
  'places.key.body': 'Insert or tap the key you registered, then follow your browser’s prompt.',
  'places.passkey': 'Did you save a passkey for X? On a device that has it, X’s login may offer it at the start, before the password: worth a try.',

  'device.title': 'A device still logged in',
  'device.body':
    'Is X still logged in somewhere? If you changed your password, first try the phone or computer where you changed it: X keeps that one logged in. Then an old phone, a tablet, another browser or browser profile (private windows keep no session). There, X can show a code you can use here.',
  'device.web': 'In a browser:',
  'device.narrow': 'On a narrow screen, start from {profileMenu} instead of “{more}”.',
  'device.or': 'or',
  'device.app': 'In the X app:',
  'device.password': 'X may ask for your password before it shows a code.',
  'device.warning': 'Don’t change your password there: X would log out all your other devices, and each one would ask for a code again.',

  'method.title': 'Another method',
  'method.present': 'Under the code box, “{chooseMethod}” lists the other methods you turned on, such as a backup code.',
  'method.absent': 'If X offers another way to verify under the code box, it lists the other methods you turned on, such as a backup code.',
  'method.show': 'Show me',
  'method.hide': 'Hide the marker',

  'support.title': 'X Support',
  'support.body':
    'If nothing else works, ask X through its account-access form. You need access to the account’s registered email: without it X usually cannot confirm the account is yours, and it does not accept ID documents. Replies can take days.',
  'support.link': 'Open X’s account-access form',
  'support.new-tab': '(opens in a new tab)',
  'support.form-trouble': 'If the form won’t load, or says this browser isn’t supported, try another browser or a private window.',
  'support.scams': 'Ignore anyone who offers to “recover” your account for money or asks for your password: only X can restore access.',

  'path.title': 'The way to your backup code',
  'path.here': 'You are here',
  'path.item.profile-menu': 'your profile picture (top left)',
  'path.item.login-code': 'Login code (“Show login code”)',
  'path.section': '(under “{section}”)',

  'launcher.label': 'Open 2FA Rescue: help with two-factor codes',
  'launcher.glyph': '2FA',
  'assistant.open': 'Plan my way back',
  'composer.open': 'Write my request to X Support',
  'assistant.load-failed': 'This part could not load. Reload the page, or use the checklist behind the extension’s toolbar button.',
} as const satisfies Record<string, string>;

export const enPopup = {
  'popup.new-tab': '(opens in a new tab)',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Locked out by X’s two-factor code? Try these, top to bottom. Your ticks stay on this device.',
  'popup.progress': '{done} of {total} done',
  'popup.reset': 'Clear all ticks',
  'popup.save-failed': 'Your ticks could not be saved; they will be lost when this window closes.',
  'popup.support-link': 'Account-access form',
  'popup.form-trouble': 'If the form won’t load, or says this browser isn’t supported, try another browser or a private window.',
  'popup.scams': 'Ignore anyone who offers to “recover” your account for money or asks for your password: only X can restore access.',

  'popup.guides.intro': 'On a device where you are still logged in: each guide points at what to click in X’s settings.',
  'popup.guide.backup-code': 'Get a backup code',
  'popup.guide.temporary-password': 'Get a temporary password',
  'popup.guide.two-factor-methods': 'Switch two-factor methods',
  'popup.guide.resume': 'Resume: {guide}',
  'popup.guide.failed': 'The guide could not start. Open x.com in a tab and try again.',
  'checkup.title': 'Back in? Make sure it can’t happen again',
  'checkup.backup.title': 'Save new backup codes',
  'checkup.backup.body': 'Print them or keep them in a password manager, not only on your phone.',
  'checkup.contact.title': 'Check that the email and phone on your X account are current',
  'checkup.contact.body': 'X Support writes to that email and uses it to confirm the account is yours. Codes by text reach only X Premium accounts.',
  'checkup.app.title': 'Keep a second way to your two-factor codes',
  'checkup.app.body': 'Use your authenticator app’s own backup or export, or add X to it on a second device. A second security key registered on X works too.',
  'checkup.guide': 'Show me',
  'checkup.ticked-on': 'Ticked on {date}',
  'popup.reminder.title': 'Turn your two-factor method back on',
  'popup.reminder.body': 'Once you are logged in on the other device, turn the method back on in X’s settings and save new backup codes. Then tick this.',

  'check.app.title': 'Look in your authenticator apps',
  'check.app.body':
    'Google Authenticator, Microsoft Authenticator, Authy, 1Password; on an iPhone, the Passwords app or Settings → Passwords (x.com or twitter.com).',
  'check.backup.title': 'Search for saved backup codes',
  'check.backup.body': 'Screenshots, password manager, notes, print-outs.',
  'check.key.title': 'Try your security key',
  'check.key.body': 'If you registered one: on X’s code step, choose the security key among the other methods, then insert or tap it.',
  'check.sms.title': 'Check text messages',
  'check.sms.body': 'Only with X Premium: X texts the code to the phone number on your account, if that number is still yours.',
  'check.device.title': 'Find a device still logged in',
  'check.device.body':
    'First the phone or computer where you changed your password (X keeps it logged in), then an old phone, a tablet, another browser or browser profile.',
  'check.code.title': 'There, get a backup code or a temporary password',
  'check.code.body': 'Settings and privacy → Security and account access → Security → Two-factor authentication.',
  'check.switch.title': 'Or switch methods while logged in',
  'check.switch.body': 'Turn off the method you can’t use, log in here, then turn it back on and save new backup codes.',
  'check.support.title': 'Ask X Support',
  'check.support.body': 'Use the account-access form. You need your registered email; replies can take days.',
  'check.save.title': 'Back in? Save new backup codes',
  'check.save.body': 'Print them or keep them in a password manager, not only on your phone.',
} as const satisfies Record<string, string>;

/**
 * The recovery assistant and the support-request composer. Not bundled into the
 * content script: it asks the background for this section when the user opens
 * either of them, so every x.com page does not carry it.
 */
export const enAssistant = {
  'assistant.title': 'What do you still have?',
  'assistant.intro': 'Tick what you can still use. The plan below puts the most promising step first. Your answers stay on this device until you clear them.',
  'assistant.clear': 'Clear my answers',
  'have.email': 'The inbox of the email address registered on X',
  'have.phone': 'The phone number registered on X',
  'have.device': 'A phone, tablet or browser still logged in to X',
  'have.backup': 'Saved backup codes',
  'have.app': 'The authenticator app with X in it',
  'have.key': 'The security key registered on X',
  'plan.title': 'Your plan',
  'plan.next': 'Do this first',
  'plan.backup': 'Use a backup code: under the code box, choose “{chooseMethod}”, then the backup code.',
  'plan.backup.described': 'Use a backup code: under the code box, choose the link that offers another way to verify, then the backup code.',
  'plan.app': 'Open the authenticator app and type the code it shows for X or Twitter before it changes.',
  'plan.key': 'Use your security key: under the code box, choose “{chooseMethod}”, then the security key.',
  'plan.key.described': 'Use your security key: under the code box, choose the link that offers another way to verify, then the security key.',
  'plan.device':
    'On the device that is still logged in, get a backup code or a temporary password (the guides in this extension’s toolbar button show the way), or turn off the method you can’t use for a moment.',
  'plan.phone': 'If your account has X Premium and text messages are on, choose text message among the methods. Without Premium, no text will come.',
  'plan.support':
    'Ask X Support through the account-access form, then watch the registered inbox (and its spam folder) for the reply. The request below is ready to copy.',
  'plan.recover-email': 'First try to get back into that email account through your email provider’s own recovery: X Support answers there.',
  'plan.scams': 'Ignore anyone who offers to “recover” your account for money or asks for your password: only X can restore access.',
  'plan.second-account': 'Meanwhile, a second account can tell your followers what happened.',
  'outlook.good': 'With this, you can most likely get back in on your own.',
  'outlook.support': 'X Support is your way back. Replies can take several days.',
  'outlook.hard':
    'To be honest, this is the hardest case: without the registered email, a working code or a logged-in device, X usually cannot confirm the account is yours, and it does not accept ID documents. Getting that email back is your best chance.',

  'composer.title': 'Your request to X Support',
  'composer.intro': 'Fill in what you know and we write a short request. Nothing is sent: copy it and paste it into X’s form.',
  'composer.page-sees': 'X’s page can see what you type here, as it can anything typed on x.com. The request is meant for X anyway.',
  'composer.tip': 'X reads English best. Write your own words in English if you can; a machine translation is fine.',
  'composer.username': 'Your X username',
  'composer.email': 'Email address registered on the account',
  'composer.email-missing': 'If you can, add the email address registered on the account: without it, X usually cannot confirm that the account is yours.',
  'composer.happened': 'What happened',
  'composer.tried': 'What you have tried',
  'composer.ask': 'What you ask X to do',
  'composer.empty-hint': 'Left empty, a standard sentence is used.',
  'composer.cut': 'This field holds up to {max} characters. What you entered was cut to fit: please check its end.',
  'composer.english': 'In English: paste this',
  'composer.both': 'Your language first, to check, then English for X: paste all of it',
  'composer.count': '{count} characters',
  'composer.copy': 'Copy the request',
  'composer.copied': 'Copied. Paste it into X’s form.',
  'composer.copy-failed': 'Copying was blocked. The text is selected: press Ctrl+C (⌘C on a Mac), or long-press it and choose Copy.',
  'composer.form-tip':
    'On the form, choose the options about logging in or two-factor authentication, give the registered email address, and paste the request where it asks for details.',

  'risk.password.title': 'Before you change your password',
  'risk.password.body': 'Changing it logs out your other devices, and each one will ask for a two-factor code. Check that you will have one.',
  'risk.method.title': 'Before you turn a method off',
  'risk.method.body':
    'The next login asks for one of the methods that stay on; if this is your last one, two-factor authentication turns off and X asks only for your password. Check that you can use what remains.',
  'ready.backup-saved': 'I have a backup code saved somewhere other than this device',
  'ready.methods-known': 'I can open my authentication app or use my security key (or get texts, if the account has X Premium)',
  'ready.contact-checked': 'I can read the email inbox registered on X',
  'risk.get-backup': 'Get a backup code first',
  'risk.password.ready': 'You have a way back in: keep it at hand. The change will log out your other devices, and each one will ask for a code.',
  'risk.method.ready': 'You have a way back in: keep it at hand for your next login.',

  'message.subject': 'Locked out by two-factor authentication: {username}',
  'message.greeting': 'Hello X Support,',
  'message.account': 'Account: {username}',
  'message.email': 'Registered email: {email}',
  'message.happened': 'What happened: {text}',
  'message.tried': 'What I have tried: {text}',
  'message.ask': 'My request: {text}',
  'message.thanks': 'Thank you for your help.',
  'message.default.happened': 'I can no longer get my two-factor code to log in.',
  'message.default.tried': 'I have not found another way to get a code.',
  'message.default.ask': 'Please confirm that the account is mine and help me regain access, for example by turning off two-factor authentication.',
  'message.unknown': '(not given)',
  'message.english-follows': '---------- The same in English ----------',
} as const satisfies Record<string, string>;

/** The guides' texts: sent by the background when a guide runs (a guide needs the background anyway). */
export const enGuide = {
  'guide.label': '2FA Rescue guide',
  'guide.step-count': 'Step {n} of {total}',
  'guide.open-more': 'Open “{label}” in the menu on the left.',
  'guide.open-drawer': 'Tap your profile picture at the top left to open the menu.',
  'guide.choose': 'Choose “{label}”.',
  'guide.password': 'X asks for your password first. Type it into X’s own field: this extension does not read it. The guide waits here.',
  'guide.done.backup-code':
    'Done: this is your backup code. Write it down or take a screenshot, and keep it somewhere other than this device. It works once, on the device that asks for a code.',
  'guide.done.temporary-password':
    'Done: generate a temporary password here and use it to log in on the other device. It stops working after a while, so use it soon.',
  'guide.done.two-factor-methods':
    'These are your two-factor methods. To log in on the locked-out device, untick the one you can’t use there (if it is your only one, two-factor authentication turns off), log in, then come back: turn it on again and save new backup codes. The popup will remind you.',
  'guide.fallback': 'This page does not show it where expected. Look for it yourself:',
  'guide.found': 'I found it',
  'guide.skip': 'Skip this step',
  'guide.end': 'End the guide',
  'guide.finish': 'Finish',
  'guide.return': 'Back to where you were (new tab)',
  'guide.needs-login': 'This guide is for a device where you are still logged in to X. Use it there, or log in here first.',
  'guide.leave-method-off':
    'X’s window here turns a method off. Cancel or close it first: nothing changes until you confirm there. The guide goes on from the settings page.',
  'guide.temporary-password-missing': 'This account has no “Temporary password” item: X offers it only to some accounts. A backup code does the same job.',
  'guide.switch.backup-code': 'Get a backup code instead',
  'guide.title.backup-code': 'Get a backup code',
  'guide.title.temporary-password': 'Get a temporary password',
  'guide.title.two-factor-methods': 'Switch two-factor methods',
} as const satisfies Record<string, string>;

export type PageKey = keyof typeof enPage;
export type PopupKey = keyof typeof enPopup;
export type AssistantKey = keyof typeof enAssistant;
export type GuideKey = keyof typeof enGuide;
