/** The most recent guide, so the popup can offer to resume one that was closed. */
import { z } from 'zod';
import { GuideStateSchema } from './guide-state';
import { sessionArea } from './tab-state';

export const LastGuideSchema = z.object({ tabId: z.number().int(), guide: GuideStateSchema });
export type LastGuide = z.infer<typeof LastGuideSchema>;

const KEY = 'last-guide';

export async function readLastGuide(): Promise<LastGuide | undefined> {
  const stored = await sessionArea().get(KEY);
  const parsed = LastGuideSchema.safeParse(stored[KEY]);
  return parsed.success ? parsed.data : undefined;
}

export async function writeLastGuide(last: LastGuide): Promise<void> {
  await sessionArea().set({ [KEY]: last });
}
