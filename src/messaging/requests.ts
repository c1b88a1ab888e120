/**
 * The background's check of what it is sent: anything that does not match is ignored, and who
 * may send each request. Every input is bounded: enums, integers, strings of a length and form
 * (the guide's progress in src/state/guide-state.ts). The schema and the senders are tied to the
 * typed map in protocol.ts by the type tests at the end.
 */
import { GUIDE_IDS } from '../model/ids';
import { UI_LANGUAGES } from '../page/page-language';
import { ReturnToSchema } from '../state/guide-state';
import { TabStateSchema } from '../state/tab-state';
import { z } from '../state/zod';
import type { AnyBackgroundRequest, BackgroundRequestType, SenderOf } from './protocol';

/** A browser's window id: a non-negative integer (the "current window" constant, -2, is not one). */
const WindowId = z.int().check(z.minimum(0));

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-state:get') }),
  /** The watcher found a page where the UI helps: inject it into the sender's frame. */
  z.object({ type: z.literal('ui:load') }),
  z.object({ type: z.literal('tab-state:set'), patch: z.partial(TabStateSchema) }),
  /** From the popup, with the window it belongs to. */
  z.object({ type: z.literal('guide:start'), guide: z.enum(GUIDE_IDS), windowId: WindowId }),
  /** Starts a guide in the sender's own tab (from the panel), to come back to `returnTo` afterwards. */
  z.object({ type: z.literal('guide:start-here'), guide: z.enum(GUIDE_IDS), returnTo: ReturnToSchema }),
  /** The in-page UI's texts in a language other than English (the UI carries English only). */
  z.object({ type: z.literal('texts:get'), lang: z.enum(UI_LANGUAGES) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Who may send each request, as protocol.ts names it (the check: src/background/senders.ts). */
export const REQUEST_SENDERS = {
  'tab-state:get': 'x-page',
  'tab-state:set': 'x-page',
  'ui:load': 'x-page',
  'guide:start': 'popup',
  'guide:start-here': 'x-page',
  'texts:get': 'x-page',
} as const satisfies { [K in BackgroundRequestType]: SenderOf<K> };

/** Fails to compile when the schema and the typed map disagree, in either direction. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
void (true satisfies Same<BackgroundRequest, AnyBackgroundRequest>);
void (true satisfies Same<typeof REQUEST_SENDERS, { readonly [K in BackgroundRequestType]: SenderOf<K> }>);
