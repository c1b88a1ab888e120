/**
 * Every message, as a map from request to reply: senders get the reply's type from the
 * request's, with no cast where they call. Each request names who may send it (`from`); the
 * background refuses it from anyone else (src/background/senders.ts). Types and one small
 * function only, so the watcher on every x.com page can use it. The background checks incoming
 * requests with the schema in requests.ts, which a type test ties to this map.
 */
import type { InPageCatalogues } from '../i18n/in-page-texts';
import type { GuideId } from '../model/ids';
import type { TabState } from '../model/tab-state';
import type { UiLanguage } from '../page/page-language';

/**
 * Who may send a request. `popup`: the toolbar popup, our own extension page (also when it is
 * opened as a page in a tab). `x-page`: our content scripts (the watcher, the in-page UI) in the
 * top frame of a tab on X's hosts; the request is about that tab.
 */
export type RequestSender = 'popup' | 'x-page';

/** To the background, from the watcher, the in-page UI and the popup. */
interface BackgroundRequests {
  'tab-state:get': { from: 'x-page'; request: object; reply: TabState };
  'tab-state:set': { from: 'x-page'; request: { patch: Partial<TabState> }; reply: TabState };
  /** The watcher found a page where the UI helps: inject it into the sender's frame. */
  'ui:load': { from: 'x-page'; request: object; reply: { ok: boolean } };
  /** Run a guide in an x.com tab of the popup's window (the active one, another, else a new one). */
  'guide:start': { from: 'popup'; request: { guide: GuideId; windowId: number }; reply: { ok: boolean; tabId: number } };
  /** From the panel: run a guide in the sender's own tab, coming back to `returnTo` afterwards. */
  'guide:start-here': { from: 'x-page'; request: { guide: GuideId; returnTo: string }; reply: { ok: boolean } };
  /** The in-page UI's texts in a language other than English (the UI carries English only). */
  'texts:get': { from: 'x-page'; request: { lang: UiLanguage }; reply: InPageCatalogues };
}

/** To a tab's watcher, from the background. */
interface ContentMessages {
  /** Tells x.com tabs with our watcher from others, without the "tabs" permission. */
  'rescue:ping': { request: object; reply: { ok: true } };
  /** A guide started, paused or ended in this tab. */
  'guide:changed': { request: object; reply: undefined };
}

type Message<Map, K extends keyof Map> = Map[K] extends { request: infer R } ? { type: K } & R : never;
type Reply<Map, K extends keyof Map> = Map[K] extends { reply: infer R } ? R : never;

export type BackgroundRequestType = keyof BackgroundRequests;
export type BackgroundRequestOf<K extends BackgroundRequestType> = Message<BackgroundRequests, K>;
export type BackgroundReply<K extends BackgroundRequestType> = Reply<BackgroundRequests, K>;
export type AnyBackgroundRequest = { [K in BackgroundRequestType]: BackgroundRequestOf<K> }[BackgroundRequestType];
/** Who may send request K. */
export type SenderOf<K extends BackgroundRequestType> = BackgroundRequests[K]['from'];

type ContentMessageType = keyof ContentMessages;
export type ContentMessageOf<K extends ContentMessageType> = Message<ContentMessages, K>;
export type ContentReply<K extends ContentMessageType> = Reply<ContentMessages, K>;
export type AnyContentMessage = { [K in ContentMessageType]: ContentMessageOf<K> }[ContentMessageType];

type Payload<K extends BackgroundRequestType> = Omit<BackgroundRequestOf<K>, 'type'>;

/** The requests a sender may send. */
type RequestFrom<F extends RequestSender> = { [K in BackgroundRequestType]: SenderOf<K> extends F ? K : never }[BackgroundRequestType];
/** Whether a reply is what request K is answered with. */
export type ReplyCheck<K extends BackgroundRequestType> = (reply: unknown) => reply is BackgroundReply<K>;
/** The checks of one side's replies: only requests that side may send. */
export type ReplyChecks<F extends RequestSender> = { [K in RequestFrom<F>]?: ReplyCheck<K> };

/**
 * A typed sender over a browser's `runtime.sendMessage` (the polyfill's, or the browser's own in
 * the watcher), for the requests it has a reply check for. The reply is undefined when nothing
 * answered (the background was restarting, the request was refused); any other reply must pass its
 * check, else the promise rejects: what arrives is not always the background's answer (without the
 * polyfill, a failed handler's reply is the polyfill's error object).
 */
export function requester<C extends { [K in BackgroundRequestType]?: ReplyCheck<K> }>(sendMessage: (message: unknown) => Promise<unknown>, checks: C) {
  return async <K extends BackgroundRequestType & keyof C>(type: K, ...payload: object extends Payload<K> ? [] : [Payload<K>]) => {
    const reply = await sendMessage({ type, ...payload[0] });
    if (reply === undefined || (checks[type] as ReplyCheck<K>)(reply)) return reply as BackgroundReply<K> | undefined;
    throw new Error(`unexpected reply to ${type}`);
  };
}
