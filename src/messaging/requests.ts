/**
 * Messages to the background, validated there: anything else is ignored.
 * Messages to the content script are few and typed in content-client.ts.
 */
import { z } from 'zod';
import { HAVES } from '../guides/recovery-plan';
import { GUIDE_IDS } from '../guides/tour/guides';
import { UI_LANGUAGES } from '../page/page-language';
import { TabStateSchema } from '../state/tab-state';

export const BackgroundRequest = z.discriminatedUnion('type', [
  z.object({ type: z.literal('tab-state:get') }),
  z.object({ type: z.literal('tab-state:set'), patch: TabStateSchema.partial() }),
  z.object({ type: z.literal('guide:start'), guide: z.enum(GUIDE_IDS) }),
  z.object({ type: z.literal('guide:last') }),
  z.object({ type: z.literal('reminder:turn-method-back-on') }),
  z.object({ type: z.literal('assistant:get') }),
  z.object({ type: z.literal('assistant:set'), have: z.array(z.enum(HAVES)).max(HAVES.length) }),
  /** The in-page UI's text in a language other than English (the content script carries English only). */
  z.object({ type: z.literal('texts:page'), lang: z.enum(UI_LANGUAGES) }),
  /** The assistant's and composer's texts, which the content script does not carry. */
  z.object({ type: z.literal('texts:assistant'), lang: z.enum(UI_LANGUAGES) }),
]);
export type BackgroundRequest = z.infer<typeof BackgroundRequest>;

/** Sent by the background to a tab's content script. */
export type ContentMessage = { type: 'rescue:ping' } | { type: 'guide:changed' };
