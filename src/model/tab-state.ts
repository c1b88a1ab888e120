/** What the background keeps per tab, and the guide the popup may resume (validated in src/state/). */
import type { GuideState } from './guide-state';

export interface TabState {
  /** The user folded the panel away in this tab. */
  panelClosed: boolean;
  /** The guide running (or paused) in this tab. */
  guide?: GuideState | undefined;
}

export interface LastGuide {
  tabId: number;
  guide: GuideState;
}
