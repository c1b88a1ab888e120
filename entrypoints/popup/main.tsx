import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadPopupTexts } from '../../src/i18n/popup-texts';
import { isRightToLeftLanguage, uiLanguageFor } from '../../src/page/page-language';
import { PopupApp } from '../../src/ui/popup/PopupApp';
import { followSystemTheme } from '../../src/ui/popup/system-theme';
import '../../src/ui/popup/popup.css';

followSystemTheme(document.documentElement);
// English is built in; another language's texts are their own chunk, awaited before the first
// render (a local file, a few ms) so the popup never shows English first. English if it fails.
void loadPopupTexts(uiLanguageFor(browser.i18n.getUILanguage())).then((texts) => {
  document.documentElement.lang = texts.lang;
  document.documentElement.dir = isRightToLeftLanguage(texts.lang) ? 'rtl' : 'ltr';
  render(<PopupApp texts={texts} />, document.getElementById('app') as HTMLElement);
});
