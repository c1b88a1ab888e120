/**
 * Messages to the background, validated there: anything else is ignored.
 * Messages to the content script are few and typed in content-client.ts.
 */
import { GUIDE_IDS } from '../model/ids';
import { UI_LANGUAGES } from '../page/page-language';
import { TabStateSchema } from '../state/tab-state';
import { z } from '../state/zod';

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-state:get') }),
  /** The watcher found a page where the UI helps: inject it into the sender's frame. */
  z.object({ type: z.literal('ui:load') }),
  z.object({ type: z.literal('tab-state:set'), patch: TabStateSchema.partial() }),
  z.object({ type: z.literal('guide:start'), guide: z.enum(GUIDE_IDS) }),
  z.object({ type: z.literal('guide:last') }),
  z.object({ type: z.literal('reminder:turn-method-back-on') }),
  /** Starts a guide in the sender's own tab (from the panel), to come back to `returnTo` afterwards. */
  z.object({ type: z.literal('guide:start-here'), guide: z.enum(GUIDE_IDS), returnTo: z.string().regex(/^\/[\w/-]*$/).max(100) }),
  /** The in-page UI's texts in a language other than English (the UI carries English only). */
  z.object({ type: z.literal('texts:get'), lang: z.enum(UI_LANGUAGES) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Sent by the background to a tab's content script. */
export type ContentMessage = { type: 'rescue:ping' } | { type: 'guide:changed' };
