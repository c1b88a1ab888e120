/** The background's answers to the watcher, the in-page UI and the popup: one handler per request of protocol.ts. */
import { IN_PAGE_CATALOGUES } from '../i18n/in-page-catalogues';
import type { BackgroundReply, BackgroundRequestOf, BackgroundRequestType } from '../messaging/protocol';
import { BackgroundRequest } from '../messaging/requests';
import type { GuideState } from '../model/guide-state';
import { lastGuideItem } from '../state/last-guide';
import { tabStateItem, updateTabState } from '../state/tab-state';
import { injectUi } from './inject-ui';
import { startGuideInTab } from './start-guide-in-tab';

/** Who sent a message: its tab and frame (no tab for the popup). */
export interface Sender {
  tabId?: number | undefined;
  frameId?: number | undefined;
}

/** Undefined: no answer (the request needs a tab and came from none). */
type Handlers = {
  [K in BackgroundRequestType]: (request: BackgroundRequestOf<K>, sender: Sender) => Promise<BackgroundReply<K>> | undefined;
};

const HANDLERS: Handlers = {
  'tab-state:get': (_, { tabId }) => (tabId === undefined ? undefined : tabStateItem(tabId).read()),
  'tab-state:set': ({ patch }, { tabId }) =>
    tabId === undefined
      ? undefined
      : updateTabState(tabId, patch).then(async (state) => {
          if (state.guide) await lastGuideItem.write({ tabId, guide: state.guide });
          return state;
        }),
  'ui:load': (_, { tabId, frameId }) => (tabId === undefined ? undefined : injectUi(tabId, frameId ?? 0)),
  'guide:start': ({ guide }) => startGuideInTab(guide).then((tabId) => ({ ok: true, tabId })),
  'guide:start-here': ({ guide, returnTo }, { tabId }) => {
    if (tabId === undefined) return undefined;
    const state: GuideState = { id: guide, status: 'running', skipped: [], returnTo };
    return updateTabState(tabId, { guide: state }).then(() => ({ ok: true }));
  },
  'texts:get': ({ lang }) => Promise.resolve(IN_PAGE_CATALOGUES[lang]),
};

/** Undefined for messages that are not ours (other listeners may answer them) or that need a tab. */
export function answerRequest(message: unknown, sender: Sender): Promise<unknown> | undefined {
  const parsed = BackgroundRequest.safeParse(message);
  if (!parsed.success) return undefined;
  const request = parsed.data;
  // The schema matches the map (requests.ts): this request fits its own handler.
  const handle = HANDLERS[request.type] as (request: BackgroundRequest, sender: Sender) => Promise<unknown> | undefined;
  return handle(request, sender);
}
