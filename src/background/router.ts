/** The background's answers to the watcher, the in-page UI and the popup: one handler per request of protocol.ts. */
import type { Browser } from 'wxt/browser';
import { IN_PAGE_CATALOGUES } from '../i18n/in-page-catalogues';
import type { BackgroundReply, BackgroundRequestOf, BackgroundRequestType, SenderOf } from '../messaging/protocol';
import { BackgroundRequest, REQUEST_SENDERS } from '../messaging/requests';
import type { GuideState } from '../model/guide-state';
import { lastGuideItem } from '../state/last-guide';
import { tabStateItem, updateTabState } from '../state/tab-state';
import { injectUi } from './inject-ui';
import { callerOf, type Caller, type CallerOf } from './senders';
import { startGuideInTab } from './start-guide-in-tab';

/** Each handler gets the caller its request may come from (src/background/senders.ts has checked it). */
type Handlers = {
  [K in BackgroundRequestType]: (request: BackgroundRequestOf<K>, caller: CallerOf<SenderOf<K>>) => Promise<BackgroundReply<K>>;
};

const HANDLERS: Handlers = {
  'tab-state:get': (_, { tabId }) => tabStateItem(tabId).read(),
  'tab-state:set': ({ patch }, { tabId }) =>
    updateTabState(tabId, patch).then(async (state) => {
      if (state.guide) await lastGuideItem.write({ tabId, guide: state.guide });
      return state;
    }),
  // Our content scripts run in the top frame only, and only a top frame is a caller.
  'ui:load': (_, { tabId }) => injectUi(tabId, 0),
  // A popup shown in a tab belongs to that tab's window, whatever the request says.
  'guide:start': ({ guide, windowId }, caller) => startGuideInTab(guide, caller.windowId ?? windowId).then((tabId) => ({ ok: true, tabId })),
  'guide:start-here': ({ guide, returnTo }, { tabId }) => {
    const state: GuideState = { id: guide, status: 'running', skipped: [], returnTo };
    return updateTabState(tabId, { guide: state }).then(() => ({ ok: true }));
  },
  'texts:get': ({ lang }) => Promise.resolve(IN_PAGE_CATALOGUES[lang]),
};

/**
 * Undefined (no answer) for messages that are not ours (other listeners may answer them), and for
 * requests from a sender that may not send them.
 */
export function answerRequest(message: unknown, sender: Browser.runtime.MessageSender): Promise<unknown> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  const caller = callerOf(sender);
  if (caller?.kind !== REQUEST_SENDERS[request.type]) return undefined;
  // The schema matches the map (requests.ts), and the caller is the kind this request names.
  const handle = HANDLERS[request.type] as (request: BackgroundRequest, caller: Caller) => Promise<unknown>;
  return handle(request, caller);
}
