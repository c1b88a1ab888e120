/**
 * Finds a guide's target on the page from a locator chain. Read-only: it
 * queries and measures, never clicks, focuses or reads a value.
 */
import type { UiLanguage } from './page-language';
import { anyOf } from './selectors';
import { TARGETS, type Locator, type TargetName } from './targets';
import { xLabel, type SettingsLabel } from './x-labels';
import { foldText } from './x-strings';

const PRESSABLE_LIMIT = 400;

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** Hidden elements (a closed menu kept in the DOM, a collapsed column) are no target. */
function isShown(el: Element): boolean {
  const target = el as Element & { checkVisibility?: () => boolean };
  return typeof target.checkVisibility === 'function' ? target.checkVisibility() : el.isConnected;
}

function byLabel(root: ParentNode, label: string): Element | undefined {
  const wanted = foldText(label);
  const candidates = Array.from(root.querySelectorAll(anyOf('pressable') + ',[role="menuitem"],[role="tab"]')).slice(0, PRESSABLE_LIMIT);
  // X puts the label in its own span, next to a description: match a span or the whole control.
  return candidates.find(
    (el) => foldText(el.textContent, 200) === wanted || Array.from(el.querySelectorAll('span')).some((span) => foldText(span.textContent, 200) === wanted),
  );
}

/** X's label in the page's language, then in English (X sometimes leaves items untranslated). */
function labelsIn(label: SettingsLabel, lang: UiLanguage): string[] {
  return lang === 'en' ? [xLabel(label, 'en')] : [xLabel(label, lang), xLabel(label, 'en')];
}

function findOne(root: ParentNode, locator: Locator, lang: UiLanguage): Element | undefined {
  let found: Element[] = [];
  if ('testId' in locator) found = Array.from(root.querySelectorAll(`[data-testid=${cssString(locator.testId)}]`));
  else if ('href' in locator) {
    found = Array.from(root.querySelectorAll(`a[href=${cssString(locator.href)}], a[href=${cssString(`https://x.com${locator.href}`)}]`));
  } else if ('checkboxRow' in locator) {
    // Point at the row a person sees (its label), not the often-invisible native checkbox.
    const rows = Array.from(root.querySelectorAll('input[type="checkbox"]'), (box) => box.closest('label') ?? box).filter(isShown);
    const texts = rows.map((row) => Array.from(row.querySelectorAll('span, div'), (el) => foldText(el.textContent, 200)));
    // The page's language first, then English; then the first row by position.
    const tiers = lang === 'en' ? (['en'] as const) : ([lang, 'en'] as const);
    const byLabel = tiers
      .map((tier) => locator.checkboxRow.map((label) => foldText(xLabel(label, tier))))
      .map((wanted) => rows.find((_, i) => texts[i]?.some((text) => wanted.includes(text))))
      .find(Boolean);
    found = byLabel ? [byLabel] : rows.slice(0, 1);
  } else {
    for (const label of labelsIn(locator.label, lang)) {
      const match = byLabel(root, label);
      if (match) found = [match];
      if (match) break;
    }
  }
  return found.find(isShown);
}

/** The first shown element for the first locator of the chain that finds one. */
export function locate(doc: Document, chain: readonly Locator[], lang: UiLanguage): Element | undefined {
  for (const locator of chain) {
    const el = findOne(doc, locator, lang);
    if (el) return el;
  }
  return undefined;
}

export function locateTarget(doc: Document, name: TargetName, lang: UiLanguage): Element | undefined {
  return locate(doc, TARGETS[name], lang);
}
