/** The popup's requests to the background, typed by the map in protocol.ts. */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import type { GuideId } from '../model/ids';
import { requester, type ReplyChecks } from './protocol';
import { isGuideStarted } from './replies';

const ask = requester((message) => browser.runtime.sendMessage(message), { 'guide:start': isGuideStarted } satisfies ReplyChecks<'popup'>);

/** The window this popup belongs to (the toolbar's window, or the one whose tab shows it as a page):
 * the background runs the guide there, where the user is. The tabs API, not `windows`: Firefox for
 * Android has no windows API, and its tabs still name their window. */
async function ownWindowId(): Promise<number> {
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  if (active?.windowId === undefined) throw new Error('the popup has no window');
  return active.windowId;
}

/** Resolves true once the guide runs in an x.com tab of this window. */
export async function startGuide(guide: GuideId): Promise<boolean> {
  try {
    return (await ask('guide:start', { guide, windowId: await ownWindowId() }))?.ok === true;
  } catch (error) {
    reportFailure('starting a guide', error);
    return false;
  }
}
