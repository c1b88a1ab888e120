/** A guide's progress in one tab (validated where it is stored: src/state/guide-state.ts). */
import type { GuideId } from './ids';

export interface GuideState {
  id: GuideId;
  status: 'running' | 'paused' | 'done';
  /** Steps the user skipped. */
  skipped: string[];
  /** A path on x.com to go back to when the guide is done (e.g. the password page). */
  returnTo?: string | undefined;
}
