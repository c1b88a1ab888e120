/** A guide's progress in one tab, as stored (validated by the background). */
import {
  GUIDE_STATUSES,
  MAX_RETURN_TO_LENGTH,
  MAX_SKIPPED_STEPS,
  MAX_STEP_ID_LENGTH,
  RETURN_TO_PATTERN,
  STEP_ID_PATTERN,
  type GuideState,
} from '../model/guide-state';
import { GUIDE_IDS } from '../model/ids';
import { z } from './zod';

/** A path on x.com to go back to when the guide is done (e.g. the password page). */
export const ReturnToSchema = z.string().check(z.maxLength(MAX_RETURN_TO_LENGTH), z.regex(RETURN_TO_PATTERN));

export const GuideStateSchema = z.object({
  id: z.enum(GUIDE_IDS),
  status: z.enum(GUIDE_STATUSES),
  skipped: z.array(z.string().check(z.maxLength(MAX_STEP_ID_LENGTH), z.regex(STEP_ID_PATTERN))).check(z.maxLength(MAX_SKIPPED_STEPS)),
  returnTo: z.optional(ReturnToSchema),
}) satisfies z.ZodMiniType<GuideState>;
export type { GuideState };
