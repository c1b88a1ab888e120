/**
 * Which words a guide step quotes for the item of X's to press. In one of our ten languages, X's
 * own label for that language (x-labels.ts). On a page in any other language the instruction is in
 * English while X shows its own words: then the step quotes the words read from the item it found
 * (its visible text), so the instruction matches what the user sees; X's English label only when
 * nothing was found or the item shows no text.
 */
import type { UiLanguage } from '../../page/page-language';
import { xLabel, type SettingsLabel } from '../../page/x-labels';

/** The longest text taken from the page as a label: a menu item's, not a paragraph's. */
const MAX_LABEL = 60;

/** An item's label as it shows it: the first run of text inside it (X puts a description line
 * under some labels), folded to one line; '' when it has none short enough to be a label. */
export function visibleLabelOf(el: Element): string {
  const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) return text.length <= MAX_LABEL ? text : '';
  }
  return '';
}

export function quotedLabel(item: SettingsLabel, lang: UiLanguage, pageLanguageKnown: boolean, found: Element | undefined): string {
  if (!pageLanguageKnown && found) {
    const read = visibleLabelOf(found);
    if (read) return read;
  }
  return xLabel(item, lang);
}
