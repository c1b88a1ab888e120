/**
 * The support request: the user's own words put into a short, bulleted
 * message for X's account-access form. Plain text only; nothing is sent.
 */
import type { AssistantTranslate } from '../i18n';

export const REQUEST_FIELDS = ['username', 'email', 'happened', 'tried', 'ask'] as const;
export type RequestField = (typeof REQUEST_FIELDS)[number];
export type RequestDraft = Record<RequestField, string>;

/** Generous for people, short enough for X's form. */
export const FIELD_LIMITS: Record<RequestField, number> = { username: 50, email: 254, happened: 600, tried: 600, ask: 400 };

export const EMPTY_DRAFT: RequestDraft = { username: '', email: '', happened: '', tried: '', ask: '' };

/** Keeps a value within its field's limit, and says whether anything had to go. */
export function capField(field: RequestField, value: string): { value: string; cut: boolean } {
  const max = FIELD_LIMITS[field];
  // Count what people see (emoji, accented letters), not UTF-16 halves.
  const chars = Array.from(value);
  return chars.length > max ? { value: chars.slice(0, max).join(''), cut: true } : { value, cut: false };
}

/** Whitespace folded so a pasted paragraph stays one bullet. */
const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The request in one language. Empty fields get that language's standard
 * sentence; the username gets exactly one leading "@" (none when not given).
 */
export function buildRequest(draft: RequestDraft, t: AssistantTranslate): string {
  const name = oneLine(draft.username).replace(/^@+/, '');
  const username = name ? `@${name}` : t('message.unknown');
  const email = oneLine(draft.email) || t('message.unknown');
  const text = (field: 'happened' | 'tried' | 'ask') => oneLine(draft[field]) || t(`message.default.${field}`);
  return [
    t('message.subject', { username }),
    '',
    t('message.greeting'),
    '',
    `- ${t('message.account', { username })}`,
    `- ${t('message.email', { email })}`,
    `- ${t('message.happened', { text: text('happened') })}`,
    `- ${t('message.tried', { text: text('tried') })}`,
    `- ${t('message.ask', { text: text('ask') })}`,
    '',
    t('message.thanks'),
  ].join('\n');
}

/**
 * What the user copies: English alone on English pages; elsewhere their own language first
 * (to check what it says), then the same in English for X (the seed guide's advice: write to
 * X Support in your own language and in English).
 */
export function composeRequest(draft: RequestDraft, english: AssistantTranslate, own?: AssistantTranslate): string {
  const inEnglish = buildRequest(draft, english);
  if (!own) return inEnglish;
  return [buildRequest(draft, own), '', own('message.english-follows'), '', inEnglish].join('\n');
}

export function characterCount(text: string): number {
  return Array.from(text).length;
}
