/**
 * The content script's side of messaging. No zod here: the background
 * validates the messages, this only checks shapes it relies on.
 */
import { browser } from 'wxt/browser';
import type { PageKey } from '../i18n/en';
import type { UiLanguage } from '../page/page-language';
import type { GuideId } from '../guides/in-page/guides';
import type { GuideState } from '../state/guide-state';
import type { BackgroundRequest, ContentMessage } from './requests';

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

/** A section's texts in English and in the page's language, as the background sends them. */
export interface SectionTexts<Key extends string> {
  en: Record<Key, string>;
  page: Record<Key, string>;
}

export async function fetchSectionTexts<Key extends string>(section: 'assistant' | 'guide', lang: UiLanguage): Promise<SectionTexts<Key> | undefined> {
  try {
    const answer = (await send({ type: 'texts:section', section, lang })) as Partial<SectionTexts<Key>> | undefined;
    return answer?.en && answer.page ? (answer as SectionTexts<Key>) : undefined;
  } catch {
    return undefined;
  }
}

export async function fetchPageTexts(lang: UiLanguage): Promise<Record<PageKey, string> | undefined> {
  try {
    const answer = (await send({ type: 'texts:page', lang })) as Record<PageKey, string> | undefined;
    return answer && typeof answer['panel.title'] === 'string' ? answer : undefined;
  } catch {
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

/** Answers the background's ping and passes on guide changes. */
export function listenToBackground(onGuideChanged: () => void): () => void {
  const listener = (message: unknown) => {
    const type = (message as Partial<ContentMessage> | undefined)?.type;
    if (type === 'rescue:ping') return Promise.resolve({ ok: true });
    if (type === 'guide:changed') onGuideChanged();
    return undefined;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
