/**
 * English: every user-facing text of the extension, in two sections so the
 * content script (loaded on every x.com page) carries only the in-page one.
 * Japanese mirrors these keys.
 */
export const enPage = {
  'panel.label': '2FA Rescue: help with X’s two-factor code',
  'panel.title': 'Can’t get your code?',
  'panel.close': 'Close the help panel',
  'panel.intro.code-prompt': 'X is asking for a two-factor code. Here is where it may be, and what else can work.',
  'panel.intro.choose-method':
    'X lists the two-factor methods you turned on. Pick one you can still use; a saved backup code works too.',
  'panel.intro.settings':
    'You are logged in here. From these pages you can get a backup code or a temporary password for the device that is locked out.',
  'panel.intro.password-change':
    'Changing your password logs out your other devices, and each will ask for a two-factor code. Save a backup code first.',
  'panel.intro.other': 'Help for getting past X’s two-factor code.',

  'places.title': 'Where your code may be',
  'places.app.title': 'Authenticator app',
  'places.app.body':
    'Open Google Authenticator, Microsoft Authenticator, Authy, 1Password or a similar app and look for X or Twitter. On an iPhone, also check Settings → Passwords → x.com or twitter.com → Verification Code.',
  'places.app.note': 'Reinstalling the app does not bring the codes back unless they were backed up.',
  'places.sms.title': 'Text message',
  'places.sms.body': 'X sends the code to the phone number on your account.',
  'places.sms.digits': 'This page says that number ends in {digits}.',
  'places.sms.note': 'Only X Premium accounts can get codes by text message. Without Premium, no text will come.',
  'places.backup.title': 'Backup code',
  'places.backup.body':
    'X showed backup codes when you turned on two-factor authentication. Look in screenshots, your password manager, notes or a print-out. Each code works once.',
  'places.key.title': 'Security key',
  'places.key.body': 'Insert or tap the key you registered, then follow your browser’s prompt.',

  'device.title': 'A device still logged in',
  'device.body':
    'Is X still open somewhere: an old phone, a tablet, another browser or browser profile? (Private windows keep no session.) There, X can show a code you can use here.',
  'device.web': 'In a browser:',
  'device.narrow': 'On a narrow screen, start from {profileMenu} instead of “{more}”.',
  'device.or': 'or',
  'device.app': 'In the X app:',
  'device.password': 'X may ask for your password before it shows a code.',
  'device.warning': 'Don’t change your password on that device: it would be logged out too.',

  'method.title': 'Another method',
  'method.present': 'Under the code box, “{chooseMethod}” lists the other methods you turned on, such as a backup code.',
  'method.absent': 'If X offers “{chooseMethod}”, it lists the other methods you turned on.',
  'method.show': 'Show me',
  'method.hide': 'Hide the marker',

  'support.title': 'X Support',
  'support.body':
    'If nothing else works, ask X through its account-access form. You need to be able to read the email address registered on the account: without it X usually cannot confirm the account is yours, and it does not accept ID documents. Replies can take several days.',
  'support.link': 'Open X’s account-access form',
  'support.new-tab': '(opens in a new tab)',

  'path.title': 'The way to your backup code',
  'path.here': 'You are here',

  'launcher.label': 'Open 2FA Rescue: help with two-factor codes',
  'launcher.text': '2FA help',
  'launcher.glyph': '2FA',
} as const satisfies Record<string, string>;

export const enPopup = {
  'popup.new-tab': '(opens in a new tab)',
  'popup.title': '2FA Rescue for X',
  'popup.intro': 'Locked out by X’s two-factor code? Try these, top to bottom. Your ticks stay on this device.',
  'popup.progress': '{done} of {total} done',
  'popup.reset': 'Clear all ticks',
  'popup.save-failed': 'Your ticks could not be saved; they will be lost when this window closes.',
  'popup.support-link': 'Account-access form',

  'check.app.title': 'Look in your authenticator apps',
  'check.app.body': 'Google Authenticator, Microsoft Authenticator, Authy, 1Password, iPhone Passwords (x.com or twitter.com).',
  'check.backup.title': 'Search for saved backup codes',
  'check.backup.body': 'Screenshots, password manager, notes, print-outs.',
  'check.sms.title': 'Check text messages',
  'check.sms.body': 'Only with X Premium: the code goes to the phone number on your account.',
  'check.device.title': 'Find a device still logged in',
  'check.device.body': 'An old phone, a tablet, another browser or browser profile.',
  'check.code.title': 'There, get a backup code or a temporary password',
  'check.code.body': 'Settings and privacy → Security and account access → Security → Two-factor authentication.',
  'check.switch.title': 'Or switch methods while logged in',
  'check.switch.body': 'Turn off the method you can’t use, log in here, then turn it back on and save new backup codes.',
  'check.support.title': 'Ask X Support',
  'check.support.body': 'Use the account-access form. You need your registered email; replies can take days.',
  'check.save.title': 'Back in? Save new backup codes',
  'check.save.body': 'Print them or keep them in a password manager, not only on your phone.',
} as const satisfies Record<string, string>;

export type PageKey = keyof typeof enPage;
export type PopupKey = keyof typeof enPopup;
