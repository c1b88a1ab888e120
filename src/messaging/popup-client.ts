/** The popup's requests to the background. */
import { browser } from 'wxt/browser';
import type { GuideId } from '../model/ids';
import { LastGuideSchema, type LastGuide } from '../state/last-guide';
import type { BackgroundRequest } from './requests';

function send(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

/** Resolves true once the guide runs in an x.com tab. */
export async function startGuide(guide: GuideId): Promise<boolean> {
  try {
    const answer = (await send({ type: 'guide:start', guide })) as { ok?: unknown } | undefined;
    return answer?.ok === true;
  } catch {
    return false;
  }
}

export async function fetchLastGuide(): Promise<LastGuide | undefined> {
  try {
    const parsed = LastGuideSchema.safeParse(await send({ type: 'guide:last' }));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}
