/**
 * The background's check of what it is sent: anything that does not match is ignored.
 * The schema is tied to the typed map in protocol.ts by the type test at the end.
 */
import { GUIDE_IDS } from '../model/ids';
import { UI_LANGUAGES } from '../page/page-language';
import { ReturnToSchema } from '../state/guide-state';
import { TabStateSchema } from '../state/tab-state';
import { z } from '../state/zod';
import type { AnyBackgroundRequest } from './protocol';

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-state:get') }),
  /** The watcher found a page where the UI helps: inject it into the sender's frame. */
  z.object({ type: z.literal('ui:load') }),
  z.object({ type: z.literal('tab-state:set'), patch: z.partial(TabStateSchema) }),
  z.object({ type: z.literal('guide:start'), guide: z.enum(GUIDE_IDS) }),
  /** Starts a guide in the sender's own tab (from the panel), to come back to `returnTo` afterwards. */
  z.object({ type: z.literal('guide:start-here'), guide: z.enum(GUIDE_IDS), returnTo: ReturnToSchema }),
  /** The in-page UI's texts in a language other than English (the UI carries English only). */
  z.object({ type: z.literal('texts:get'), lang: z.enum(UI_LANGUAGES) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Fails to compile when the schema and the typed map disagree, in either direction. */
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
void (true satisfies Same<BackgroundRequest, AnyBackgroundRequest>);
