/**
 * The content script's side of messaging. No zod here: the background
 * validates the messages, this only checks shapes it relies on.
 */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import type { InPageCatalogues } from '../i18n/in-page-texts';
import type { UiLanguage } from '../page/page-language';
import type { GuideId } from '../model/ids';
import type { GuideState } from '../model/guide-state';
import type { BackgroundRequest } from './requests';

export interface ContentTabState {
  panelClosed: boolean;
  guide?: GuideState;
}

function send(request: BackgroundRequest): Promise<unknown> {
  return browser.runtime.sendMessage(request);
}

export async function fetchTabState(): Promise<ContentTabState> {
  try {
    const answer = (await send({ type: 'tab-state:get' })) as Partial<ContentTabState> | undefined;
    return { panelClosed: answer?.panelClosed === true, ...(answer?.guide ? { guide: answer.guide } : {}) };
  } catch {
    return { panelClosed: false }; // background unavailable: show the panel, the safe default
  }
}

/** Fire and forget: on failure the UI still works, it is just not remembered. */
export function storeTabState(patch: Partial<ContentTabState>): void {
  send({ type: 'tab-state:set', patch }).catch(() => {});
}

/** The in-page catalogues of a language other than English. */
export async function fetchTexts(lang: UiLanguage): Promise<InPageCatalogues | undefined> {
  try {
    const answer = (await send({ type: 'texts:get', lang })) as Partial<InPageCatalogues> | undefined;
    return answer?.page && answer.guide && answer.assistant ? (answer as InPageCatalogues) : undefined;
  } catch (error) {
    reportFailure('fetching the texts', error);
    return undefined;
  }
}

/** Starts a guide in this tab, to come back to `returnTo`; resolves when the background has it. */
export async function startGuideHere(guide: GuideId, returnTo: string): Promise<boolean> {
  try {
    return ((await send({ type: 'guide:start-here', guide, returnTo })) as { ok?: unknown } | undefined)?.ok === true;
  } catch {
    return false;
  }
}

export function rememberMethodReminder(): void {
  send({ type: 'reminder:turn-method-back-on' }).catch(() => {});
}
