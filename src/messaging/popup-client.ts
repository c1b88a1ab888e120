/** The popup's requests to the background, typed by the map in protocol.ts. */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import type { GuideId } from '../model/ids';
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
