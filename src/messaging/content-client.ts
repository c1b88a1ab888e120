/**
 * The content script's side of messaging. No zod here (it would weigh on every
 * x.com page): the background validates, this only checks shapes it relies on.
 */
import { browser } from 'wxt/browser';
import { isHave, type Have } from '../guides/recovery-plan';
import type { AssistantKey, PageKey } from '../i18n/en';
import type { UiLanguage } from '../page/page-language';
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

/** The assistant's texts in English (for the request) and in the page's language. */
export interface AssistantTexts {
  en: Record<AssistantKey, string>;
  page: Record<AssistantKey, string>;
}

export async function fetchAssistantTexts(lang: UiLanguage): Promise<AssistantTexts | undefined> {
  try {
    const answer = (await send({ type: 'texts:assistant', lang })) as Partial<AssistantTexts> | undefined;
    return answer?.en && answer.page ? (answer as AssistantTexts) : undefined;
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

export async function fetchAnswers(): Promise<Have[]> {
  try {
    const answer = (await send({ type: 'assistant:get' })) as { have?: unknown } | undefined;
    return Array.isArray(answer?.have) ? answer.have.filter(isHave) : [];
  } catch {
    return [];
  }
}

export function storeAnswers(have: Have[]): void {
  send({ type: 'assistant:set', have }).catch(() => {});
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
