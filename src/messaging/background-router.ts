/** The background's answers to the content script and the popup. */
import { startGuideInTab } from '../guides/in-page/start-in-tab';
import { PAGE_CATALOGUES, REMOTE_SECTIONS } from '../i18n';
import type { GuideState } from '../state/guide-state';
import { lastGuideItem } from '../state/last-guide';
import { setMethodReminder } from '../state/reminders';
import { tabStateItem, updateTabState } from '../state/tab-state';
import { BackgroundRequest } from './requests';

/** Undefined for messages that are not ours (other listeners may answer them). */
export function answerRequest(message: unknown, senderTabId: number | undefined): Promise<unknown> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'tab-state:get':
      return senderTabId === undefined ? undefined : tabStateItem(senderTabId).read();
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
    case 'texts:page':
      return Promise.resolve(PAGE_CATALOGUES[request.lang]);
    case 'texts:section': {
      // Both: English (the support request is written in it; the fallback) and the page's language.
      const catalogues = REMOTE_SECTIONS[request.section];
      return Promise.resolve({ en: catalogues.en, page: catalogues[request.lang] });
    }
  }
}
