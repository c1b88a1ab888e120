/** A guide's progress in one tab (validated where it is stored: src/state/guide-state.ts). */
import type { GuideId } from './ids';

export const GUIDE_STATUSES = ['running', 'paused', 'done'] as const;

/** Bounds on what a guide's progress may hold (a content script sends it; the background stores it). */
export const MAX_SKIPPED_STEPS = 20;
export const MAX_STEP_ID_LENGTH = 40;
/** Step ids are kebab-case names (src/guides/in-page/guides.ts). */
export const STEP_ID_PATTERN = /^[a-z][a-z0-9-]*$/;
export const MAX_RETURN_TO_LENGTH = 100;
/** A path on X's site: a slash, then letters, digits, `_`, `-` and further slashes (no scheme, host, query). */
export const RETURN_TO_PATTERN = /^\/[\w/-]*$/;

export interface GuideState {
  id: GuideId;
  status: (typeof GUIDE_STATUSES)[number];
  /** Steps the user skipped. */
  skipped: string[];
  /** A path on x.com to go back to when the guide is done (e.g. the password page). */
  returnTo?: string | undefined;
}
