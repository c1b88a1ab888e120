/**
 * Where the panel opens without being asked: one list, read by the host (when to open)
 * and by placement (where nothing of X's may be covered), so the two cannot drift apart.
 */
import { isNoticeOnly, type PageContext, type PageReading } from '../page/reading';

/** Where X asks for a code: opens unless the user folded it in this tab. */
export const AUTO_OPEN: ReadonlySet<PageContext> = new Set(['code-prompt', 'choose-method']);
/** Where a lockout starts (the password-change page, X's flow that turns a method off): once per visit. */
export const OPEN_ON_EACH_VISIT: ReadonlySet<PageContext> = new Set(['password-change', 'method-off']);
export const OPENS_BY_ITSELF: ReadonlySet<PageContext> = new Set([...AUTO_OPEN, ...OPEN_ON_EACH_VISIT]);

/** Whether the panel opens by itself on this reading: those contexts, and a login step where X's
 * banner says it has limited the login (once per visit). A banner we cannot read gets the launcher. */
export function opensByItself(reading: PageReading): boolean {
  return OPENS_BY_ITSELF.has(reading.context) || (isNoticeOnly(reading) && reading.loginNotice === 'limited');
}
