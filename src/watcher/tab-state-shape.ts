/** The tab state as the content scripts see it; the background's schema is in src/state/tab-state.ts. */
import type { GuideState } from '../model/guide-state';

export interface ContentTabState {
  panelClosed: boolean;
  guide?: GuideState;
}
