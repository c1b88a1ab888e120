/**
 * What the panel does on each kind of page, in one table: whether and when it opens by itself,
 * whether it keeps clear of X's controls, which check it carries before a risky change, its title
 * and its sections in order. The host, placement and the panel all read this; adding a context is
 * adding an entry here (and teaching the classifier to read it, src/page/classify.ts).
 */
import type { PageKey } from '../i18n';
import { isNoticeOnly, type PageContext, type PageReading } from '../page/reading';

/** Which check the panel shows before a change that can lock the user out. */
export type RiskKind = 'password' | 'method';

/** The panel's parts (components/RescuePanel.tsx draws each). X's error banner, when the page shows
 * one, always comes first, before any of these. */
export type PanelSection =
  /** The check before a risky change (`risk`). */
  | 'risk'
  /** A line on what this page offers. */
  | 'intro'
  /** Where this method's code may be. */
  | 'places'
  /** X's own control for another method, quoted in the page's words. */
  | 'method'
  /** A device still logged in, and the path there. */
  | 'device'
  /** The settings path to the backup code, with "you are here". */
  | 'path'
  /** X Support: the form, the composer of the request, the scam warning. */
  | 'support'
  /** The same, without the composer. */
  | 'support-link'
  /** "What do you still have?" and the plan. */
  | 'assistant';

export interface ContextSpec {
  title: PageKey;
  /** Never; unless the user folded it in this tab; or once on each visit (where a lockout starts). */
  opens: 'never' | 'unless-folded' | 'each-visit';
  /** Placement keeps every visible control of X's uncovered (else: only the launcher's corner). */
  keepsClear: boolean;
  risk?: RiskKind;
  intro?: PageKey;
  sections: readonly PanelSection[];
}

export const CONTEXTS = {
  // Where X asks for a code: the next step first, this method's places, then X's other-method control.
  'code-prompt': { title: 'panel.title', opens: 'unless-folded', keepsClear: true, sections: ['places', 'method', 'device', 'support', 'assistant'] },
  'choose-method': {
    title: 'panel.title.choose-method',
    opens: 'unless-folded',
    keepsClear: true,
    intro: 'panel.intro.choose-method',
    sections: ['intro', 'places', 'device', 'support', 'assistant'],
  },
  // A logged-in user on the settings path: not stuck at a code, so no panel of its own accord.
  settings: {
    title: 'panel.title.settings',
    opens: 'never',
    keepsClear: false,
    intro: 'panel.intro.settings',
    sections: ['intro', 'path', 'support', 'assistant'],
  },
  // Where a lockout starts: only the short check, nothing else to read. X's route is the signal
  // (unticking a method leaves settings for X's flow or sheet): no click is watched.
  'password-change': { title: 'panel.title.password-change', opens: 'each-visit', keepsClear: true, risk: 'password', sections: ['risk'] },
  'method-off': { title: 'panel.title.method-off', opens: 'each-visit', keepsClear: true, risk: 'method', sections: ['risk'] },
  other: { title: 'panel.title', opens: 'never', keepsClear: false, sections: ['path', 'support', 'assistant'] },
} as const satisfies Record<PageContext, ContextSpec>;

/**
 * A login step we otherwise leave alone, shown only for X's error banner: the notice and the support
 * link. It opens by itself (once per visit) only when the banner says X has limited the login; a
 * banner we cannot read gets the launcher.
 */
const NOTICE_ONLY: ContextSpec = { title: 'panel.title.notice', opens: 'each-visit', keepsClear: true, sections: ['support-link'] };
const UNREAD_NOTICE: ContextSpec = { ...NOTICE_ONLY, opens: 'never', keepsClear: false };

/** The spec for one reading of the page. */
export function contextOf(reading: PageReading): ContextSpec {
  if (isNoticeOnly(reading)) return reading.loginNotice === 'limited' ? NOTICE_ONLY : UNREAD_NOTICE;
  return CONTEXTS[reading.context];
}

/** Whether the panel opens without being asked on this reading. */
export const opensByItself = (reading: PageReading): boolean => contextOf(reading).opens !== 'never';
