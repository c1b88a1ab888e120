/**
 * Checks of the background's replies, where they are received: each is of its request's reply type
 * (an error object, say, is no tab state). Plain code, no zod: the watcher on every x.com page uses
 * them. The bounds on what a tab state holds are the background's, kept where it stores one
 * (src/state/tab-state.ts); here only the type is checked.
 */
import { GUIDE_STATUSES, type GuideState } from '../model/guide-state';
import { GUIDE_IDS } from '../model/ids';
import type { TabState } from '../model/tab-state';

type Fields = Partial<Record<string, unknown>>;
const isObject = (value: unknown): value is Fields => typeof value === 'object' && value !== null;
const isOneOf = (list: readonly string[], value: unknown) => list.includes(value as string);
const isString = (value: unknown) => typeof value === 'string';

function isGuideState(value: unknown): value is GuideState {
  if (!isObject(value)) return false;
  const { id, status, skipped, returnTo } = value;
  return (
    isOneOf(GUIDE_IDS, id) &&
    isOneOf(GUIDE_STATUSES, status) &&
    Array.isArray(skipped) &&
    skipped.every(isString) &&
    (returnTo === undefined || isString(returnTo))
  );
}

export const isTabState = (reply: unknown): reply is TabState =>
  isObject(reply) && typeof reply.panelClosed === 'boolean' && (reply.guide === undefined || isGuideState(reply.guide));

export const isOk = (reply: unknown): reply is { ok: boolean } => isObject(reply) && typeof reply.ok === 'boolean';

export const isGuideStarted = (reply: unknown): reply is { ok: boolean; tabId: number } => isOk(reply) && Number.isInteger((reply as Fields).tabId);
