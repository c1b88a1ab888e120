/** The background's answers to the content script and the popup. */
import { startGuideInTab } from './start-guide-in-tab';
import { IN_PAGE_CATALOGUES } from '../i18n';
import type { GuideState } from '../state/guide-state';
import { lastGuideItem } from '../state/last-guide';
import { setMethodReminder } from '../state/reminders';
import { tabStateItem, updateTabState } from '../state/tab-state';
import { injectUi } from './inject-ui';
import { BackgroundRequest } from '../messaging/requests';

/** Who sent a message: its tab and frame (undefined for the popup). */
export interface Sender {
  tabId?: number | undefined;
  frameId?: number | undefined;
}

/** Undefined for messages that are not ours (other listeners may answer them). */
export function answerRequest(message: unknown, sender: Sender): Promise<unknown> | undefined {
  const senderTabId = sender.tabId;
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'tab-state:get':
      return senderTabId === undefined ? undefined : tabStateItem(senderTabId).read();
    case 'ui:load':
      return senderTabId === undefined ? undefined : injectUi(senderTabId, sender.frameId ?? 0);
    case 'tab-state:set':
      if (senderTabId === undefined) return undefined;
      return updateTabState(senderTabId, request.patch).then(async (state) => {
        if (state.guide) await lastGuideItem.write({ tabId: senderTabId, guide: state.guide });
        return state;
      });
    case 'guide:start':
      return startGuideInTab(request.guide).then((tabId) => ({ ok: true, tabId }));
    case 'guide:last':
      return lastGuideItem.read();
    case 'reminder:turn-method-back-on':
      return setMethodReminder().then(() => ({ ok: true }));
    case 'guide:start-here': {
      if (senderTabId === undefined) return undefined;
      const guide: GuideState = { id: request.guide, status: 'running', skipped: [], returnTo: request.returnTo };
      return updateTabState(senderTabId, { guide }).then(() => ({ ok: true }));
    }
    case 'texts:get':
      return Promise.resolve(IN_PAGE_CATALOGUES[request.lang]);
  }
}
