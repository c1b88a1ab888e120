/** The popup's requests to the background, typed by the map in protocol.ts. */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import type { GuideId } from '../model/ids';
import type { LastGuide } from '../model/tab-state';
import { requester } from './protocol';

const ask = requester((message) => browser.runtime.sendMessage(message));

/** Resolves true once the guide runs in an x.com tab. */
export async function startGuide(guide: GuideId): Promise<boolean> {
  try {
    return (await ask('guide:start', { guide }))?.ok === true;
  } catch (error) {
    reportFailure('starting a guide', error);
    return false;
  }
}

/** The guide the popup may offer to resume, if any. */
export async function fetchLastGuide(): Promise<LastGuide | undefined> {
  try {
    return (await ask('guide:last')) ?? undefined;
  } catch (error) {
    reportFailure('reading the last guide', error);
    return undefined;
  }
}
