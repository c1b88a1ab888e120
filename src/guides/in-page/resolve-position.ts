/**
 * Where a guide stands, read from the page: the first step whose destination
 * is not reached yet is the one to show. The position follows the user (back,
 * forward, reload, another route) without the guide ever navigating itself.
 */
import type { GuideKey } from '../../i18n';
import { findMethodOffSheet } from '../../page/classify';
import { locateTarget, locateTargetFound, lookingOnce } from '../../page/locate';
import type { UiLanguage } from '../../page/page-language';
import { isLogin, isMethodOff } from '../../page/routes';
import { findLive } from '../../page/selectors';
import type { SettingsLabel } from '../../page/x-labels';
import type { Guide, GuideStep, Reached } from './guides';
import type { GuideId } from '../../model/ids';

export type GuidePosition =
  /** Nothing to point at here, only something to say: X's login (the guide needs a logged-in
   * page), or X's dialog that turns a method off (to be cancelled before settings can be used). */
  | { kind: 'notice'; text: GuideKey }
  /** X does not offer this step's item to this account: offer another guide. */
  | { kind: 'unavailable'; index: number; total: number; text: GuideKey; instead: GuideId; insteadText: GuideKey; target?: Element }
  | {
      kind: 'step';
      index: number;
      total: number;
      step: GuideStep;
      text: GuideKey;
      label?: SettingsLabel | undefined;
      target?: Element;
      /** The target, when found by structure (test id, href): the only element whose words may be
       * quoted as X's label (quoted-label.ts). A label-found target is X's label already. */
      quoteFrom?: Element;
    }
  | { kind: 'finish'; index: number; total: number; text: GuideKey; target?: Element; waitingForPassword: boolean };

const trimSlash = (path: string) => path.replace(/\/+$/, '') || '/';

function isReached(reached: Reached, url: URL, doc: Document, lang: UiLanguage): boolean {
  const path = trimSlash(url.pathname);
  if ('pathIs' in reached) return path === reached.pathIs;
  if ('pathUnder' in reached) return path === reached.pathUnder || path.startsWith(`${reached.pathUnder}/`);
  // Structure only: X's words on the page prove nothing (anyone can post them).
  return locateTarget(doc, reached.shown, lang, url, { structureOnly: true }) !== undefined;
}

/** One look at the page: X's chrome is found once for all the locators it asks (locate.ts). */
export function resolvePosition(guide: Guide, url: URL, doc: Document, lang: UiLanguage, skipped: readonly string[]): GuidePosition {
  return lookingOnce(() => positionIn(guide, url, doc, lang, skipped));
}

function positionIn(guide: Guide, url: URL, doc: Document, lang: UiLanguage, skipped: readonly string[]): GuidePosition {
  if (isLogin(url)) return { kind: 'notice', text: 'guide.needs-login' };
  // X's method-off dialog, as a flow or as its sheet over the two-factor page: its items are under it.
  if (isMethodOff(url) || findMethodOffSheet(doc)) return { kind: 'notice', text: 'guide.leave-method-off' };
  const total = guide.steps.length + 1; // the last page counts as a step too
  const index = guide.steps.findIndex((step) => !skipped.includes(step.id) && !step.reached.some((reached) => isReached(reached, url, doc, lang)));
  const step = guide.steps[index];
  if (step) {
    for (const option of step.targets) {
      const found = locateTargetFound(doc, option.target, lang, url);
      if (found) {
        const quote = found.byStructure ? { quoteFrom: found.el } : {};
        return { kind: 'step', index, total, step, text: option.text, label: option.label, target: found.el, ...quote };
      }
    }
    // What shows X has drawn the page without the item: structure only, as for a reached step.
    const instead = step.unavailable && locateTarget(doc, step.unavailable.shownInstead, lang, url, { structureOnly: true });
    if (step.unavailable && instead) {
      return { kind: 'unavailable', index, total, ...step.unavailable, target: instead };
    }
    const first = step.targets[0];
    return { kind: 'step', index, total, step, text: first?.text ?? guide.title, label: first?.label };
  }
  const { finish } = guide;
  // Only X's own password field counts, and only its presence: its value is never read.
  const waitingForPassword = finish.passwordFirst && findLive(doc, 'passwordInput') !== undefined;
  const target = finish.target && !waitingForPassword ? locateTarget(doc, finish.target, lang, url) : undefined;
  return { kind: 'finish', index: total - 1, total, text: waitingForPassword ? 'guide.password' : finish.text, target, waitingForPassword };
}
