/** The background's answers to the content script and the popup. */
import { startGuideInTab } from '../guides/tour/start-in-tab';
import { ASSISTANT_CATALOGUES, PAGE_CATALOGUES } from '../i18n';
import { loadAnswers, saveAnswers } from '../state/assistant-state';
import { readLastGuide, writeLastGuide } from '../state/last-guide';
import { setMethodReminder } from '../state/reminders';
import { readTabState, updateTabState } from '../state/tab-state';
import { BackgroundRequest } from './requests';

/** Undefined for messages that are not ours (other listeners may answer them). */
export function answerRequest(message: unknown, senderTabId: number | undefined): Promise<unknown> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  switch (request.type) {
    case 'tab-state:get':
      return senderTabId === undefined ? undefined : readTabState(senderTabId);
    case 'tab-state:set':
      if (senderTabId === undefined) return undefined;
      return updateTabState(senderTabId, request.patch).then(async (state) => {
        if (state.guide) await writeLastGuide({ tabId: senderTabId, guide: state.guide });
        return state;
      });
    case 'guide:start':
      return startGuideInTab(request.guide).then((tabId) => ({ ok: true, tabId }));
    case 'guide:last':
      return readLastGuide().then((last) => last ?? null);
    case 'reminder:turn-method-back-on':
      return setMethodReminder().then(() => ({ ok: true }));
    case 'assistant:get':
      return loadAnswers();
    case 'assistant:set':
      return saveAnswers({ have: request.have });
    case 'texts:page':
      return Promise.resolve(PAGE_CATALOGUES[request.lang]);
    case 'texts:assistant':
      // Both: the request is written in English and shown in the page's language.
      return Promise.resolve({ en: ASSISTANT_CATALOGUES.en, page: ASSISTANT_CATALOGUES[request.lang] });
  }
}
