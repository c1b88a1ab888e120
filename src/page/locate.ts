/**
 * Finds a guide's target on the page from a locator chain. Read-only: it
 * queries and measures, never clicks, focuses or reads a value.
 *
 * Only X's own chrome is searched (selectors.ts: `guideChrome`, and `settingsChrome` on /settings
 * routes), and nothing inside people's content (`notGuideTarget`: posts, user cells, cards, trends,
 * the sidebar, DMs) is ever a target, whatever matches there: on x.com anyone can write X's words,
 * and a guide for a locked-out person must never ring a stranger's link. Candidates are found by
 * test id, href and structure; X's label only chooses among the pressable items of that chrome.
 * Every candidate is live (live.ts) and its links stay on X's hosts. Only the chrome's roots are
 * looked for in the whole document (once per look: `lookingOnce`); everything else is queried
 * inside them.
 */
import { X_HOST_MATCHES } from './hosts';
import { isLive, readingOnce } from './live';
import type { UiLanguage } from './page-language';
import { anyOf } from './selectors';
import { TARGETS, type Locator, type TargetName } from './targets';
import { xLabel, type SettingsLabel } from './x-labels';
import { foldText } from './x-strings';

/** How many candidates a guide reads in one of X's chrome containers, at most (a settings list, a menu, the nav). */
const CHROME_CANDIDATE_LIMIT = 400;

/** The host names of X_HOST_MATCHES ('https://x.com/*' → 'x.com'). */
const X_HOSTS: readonly string[] = X_HOST_MATCHES.map((match) => new URL(match.replace('/*', '/')).hostname);

export interface Located {
  el: Element;
  /** Found by test id, href or position: its visible words may be quoted (quoted-label.ts). */
  byStructure: boolean;
}

export interface LocateOptions {
  /** Leave X's labels out: what shows a step is reached is read from structure only. */
  structureOnly?: boolean;
}

function cssString(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

const isSettingsPath = (path: string) => path === '/settings' || path.startsWith('/settings/');
const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

/** The selector for X's chrome on this route. */
function chromeSelector(url: URL): string {
  return isSettingsPath(trimSlash(url.pathname)) ? `${anyOf('guideChrome')},${anyOf('settingsChrome')}` : anyOf('guideChrome');
}

/** A link that stays on X: relative, or https on one of X's hosts (never `javascript:`, never elsewhere). */
function staysOnX(href: string): boolean {
  try {
    const to = new URL(href, 'https://x.com/');
    return to.protocol === 'https:' && X_HOSTS.includes(to.hostname);
  } catch {
    return false;
  }
}

/** Every link the element is or holds, or sits in, stays on X. */
function linksStayOnX(el: Element): boolean {
  const links = [el.closest('a[href]'), ...Array.from(el.querySelectorAll('a[href]'))].filter((link): link is Element => link !== null);
  return links.every((link) => staysOnX(link.getAttribute('href') ?? ''));
}

/** In X's chrome, outside people's content, its links on X, and live. */
function eligible(el: Element, chrome: string): boolean {
  return el.closest(chrome) !== null && el.closest(anyOf('notGuideTarget')) === null && linksStayOnX(el) && isLive(el);
}

/** X's chrome roots by selector, kept while one look at the page runs (see `lookingOnce`). */
let rootsKept: Map<string, Element[]> | undefined;

/**
 * Runs `look` with X's chrome found once, and each element's live verdict kept (live.ts,
 * `readingOnce`), until it returns: a guide's look at the page asks several locators in turn,
 * nothing moves meanwhile, and finding the chrome is the one pass over the whole document.
 */
export function lookingOnce<T>(look: () => T): T {
  const outer = rootsKept;
  rootsKept ??= new Map();
  try {
    return readingOnce(look);
  } finally {
    rootsKept = outer;
  }
}

/** X's chrome on the page outside people's content, in document order; a root inside another is
 * searched with it. */
function chromeRoots(doc: Document, chrome: string): Element[] {
  const kept = rootsKept?.get(chrome);
  if (kept) return kept;
  const roots: Element[] = [];
  for (const root of Array.from(doc.querySelectorAll(chrome))) {
    if (roots.at(-1)?.contains(root) || root.closest(anyOf('notGuideTarget'))) continue;
    roots.push(root);
  }
  rootsKept?.set(chrome, roots);
  return roots;
}

/** The elements matching `selector` inside X's chrome (the chrome roots first, so a long timeline
 * never uses up the limit), in document order, each once. */
function inChrome(doc: Document, chrome: string, selector: string, limit = CHROME_CANDIDATE_LIMIT): Element[] {
  const found = new Set<Element>();
  for (const root of chromeRoots(doc, chrome)) {
    if (root.matches(selector)) found.add(root);
    for (const el of Array.from(root.querySelectorAll(selector))) {
      found.add(el);
      if (found.size >= limit) return [...found];
    }
  }
  return [...found];
}

/** The control shows exactly this label: its own text, or one of its spans (X puts the label in
 * its own span, next to a description). */
function showsLabel(el: Element, wanted: string): boolean {
  return foldText(el.textContent, 200) === wanted || Array.from(el.querySelectorAll('span')).some((span) => foldText(span.textContent, 200) === wanted);
}

/** X's label in the page's language, then in English (X sometimes leaves items untranslated). */
function labelsIn(label: SettingsLabel, lang: UiLanguage): string[] {
  return lang === 'en' ? [xLabel(label, 'en')] : [xLabel(label, lang), xLabel(label, 'en')];
}

function findOne(doc: Document, locator: Locator, lang: UiLanguage, url: URL): Element | undefined {
  const chrome = chromeSelector(url);
  const ok = (el: Element) => eligible(el, chrome);
  // Whatever matches outside X's chrome could never be eligible: only the chrome is searched.
  if ('testId' in locator) return inChrome(doc, chrome, `[data-testid=${cssString(locator.testId)}]`).find(ok);
  if ('href' in locator) {
    return inChrome(doc, chrome, `a[href=${cssString(locator.href)}], a[href=${cssString(`https://x.com${locator.href}`)}]`).find(ok);
  }
  if ('checkboxRow' in locator) {
    // Only on its own page, and only X's unnamed method checkboxes (a named one, such as
    // protect_password_reset on the security page, is another setting: docs/x-facts.md F12).
    if (trimSlash(url.pathname) !== locator.page) return undefined;
    // Point at the row a person sees (its label), not the often-invisible native checkbox.
    const boxes = inChrome(doc, chrome, 'input[type="checkbox"]:not([name])');
    const rows = boxes.map((box) => box.closest('label') ?? box).filter(ok);
    const texts = rows.map((row) => Array.from(row.querySelectorAll('span, div'), (el) => foldText(el.textContent, 200)));
    // The page's language first, then English; then the first row by position.
    const tiers = lang === 'en' ? (['en'] as const) : ([lang, 'en'] as const);
    const byText = tiers
      .map((tier) => locator.checkboxRow.map((label) => foldText(xLabel(label, tier))))
      .map((wanted) => rows.find((_, i) => texts[i]?.some((text) => wanted.includes(text))))
      .find(Boolean);
    return byText ?? rows[0];
  }
  // X's label chooses among the pressable items of its chrome; it never finds one anywhere else.
  const candidates = inChrome(doc, chrome, anyOf('pressable') + ',[role="menuitem"],[role="tab"]').filter(
    (el) => el.closest(anyOf('notGuideTarget')) === null && linksStayOnX(el),
  );
  for (const label of labelsIn(locator.label, lang)) {
    const wanted = foldText(label);
    const match = candidates.find((el) => showsLabel(el, wanted) && isLive(el));
    if (match) return match;
  }
  return undefined;
}

/** The first eligible element for the first locator of the chain that finds one, and how it was found. */
function locateFound(doc: Document, chain: readonly Locator[], lang: UiLanguage, url: URL, options: LocateOptions = {}): Located | undefined {
  for (const locator of chain) {
    if ('label' in locator && options.structureOnly) continue;
    const el = findOne(doc, locator, lang, url);
    if (el) return { el, byStructure: !('label' in locator) };
  }
  return undefined;
}

export function locate(doc: Document, chain: readonly Locator[], lang: UiLanguage, url: URL, options?: LocateOptions): Element | undefined {
  return locateFound(doc, chain, lang, url, options)?.el;
}

export function locateTarget(doc: Document, name: TargetName, lang: UiLanguage, url: URL, options?: LocateOptions): Element | undefined {
  return locate(doc, TARGETS[name], lang, url, options);
}

export function locateTargetFound(doc: Document, name: TargetName, lang: UiLanguage, url: URL, options?: LocateOptions): Located | undefined {
  return locateFound(doc, TARGETS[name], lang, url, options);
}
