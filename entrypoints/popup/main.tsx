import { render } from 'preact';
import { browser } from 'wxt/browser';
import { isRightToLeftLanguage, uiLanguageFor } from '../../src/page/page-language';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { followSystemTheme } from '../../src/ui/popup/system-theme';
import '../../src/ui/popup/popup.css';

const lang = uiLanguageFor(browser.i18n.getUILanguage());
document.documentElement.lang = lang;
document.documentElement.dir = isRightToLeftLanguage(lang) ? 'rtl' : 'ltr';
followSystemTheme(document.documentElement);
render(<PopupApp lang={lang} />, document.getElementById('app') as HTMLElement);
