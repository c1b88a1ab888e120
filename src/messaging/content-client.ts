/**
 * The in-page UI's requests to the background. The background validates them; replies come
 * typed from the map in protocol.ts and are checked here. A failure never breaks the UI: it
 * falls back and says so once.
 */
import { browser } from 'wxt/browser';
import { reportFailure } from '../diagnostics/report';
import { enAssistant, enGuide, enPage } from '../i18n/en';
import type { InPageCatalogues } from '../i18n/in-page-texts';
import type { GuideId } from '../model/ids';
import type { TabState } from '../model/tab-state';
import type { UiLanguage } from '../page/page-language';
import { requester, type ReplyChecks } from './protocol';
import { isOk, isTabState } from './replies';

/** A text for every key the English catalogue has, in each section. */
function isCatalogues(reply: unknown): reply is InPageCatalogues {
  const sections = (reply ?? {}) as Partial<Record<keyof InPageCatalogues, Partial<Record<string, unknown>> | null>>;
  const complete = (section: Partial<Record<string, unknown>> | null | undefined, english: object) =>
    typeof section === 'object' && section !== null && Object.keys(english).every((key) => typeof section[key] === 'string');
  return typeof reply === 'object' && complete(sections.page, enPage) && complete(sections.guide, enGuide) && complete(sections.assistant, enAssistant);
}

const ask = requester((message) => browser.runtime.sendMessage(message), {
  'tab-state:set': isTabState,
  'texts:get': isCatalogues,
  'guide:start-here': isOk,
} satisfies ReplyChecks<'x-page'>);

/** Fire and forget: on failure the UI still works, it is just not remembered. */
export function storeTabState(patch: Partial<TabState>): void {
  ask('tab-state:set', { patch }).catch((error: unknown) => reportFailure('saving the tab state', error));
}

/** The in-page catalogues of a language other than English. */
export async function fetchTexts(lang: UiLanguage): Promise<InPageCatalogues | undefined> {
  try {
    return await ask('texts:get', { lang });
  } catch (error) {
    reportFailure('fetching the texts', error);
    return undefined;
  }
}

/** Starts a guide in this tab, to come back to `returnTo`; resolves when the background has it. */
export async function startGuideHere(guide: GuideId, returnTo: string): Promise<boolean> {
  try {
    return (await ask('guide:start-here', { guide, returnTo }))?.ok === true;
  } catch (error) {
    reportFailure('starting a guide here', error);
    return false;
  }
}
