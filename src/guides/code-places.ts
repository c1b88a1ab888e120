/** Where a two-factor code may be, per method: the panel's first section. */
import type { PageKey } from '../i18n';
import type { CodeMethod } from '../page/reading';

export interface CodePlace {
  method: Exclude<CodeMethod, 'unknown'>;
  title: PageKey;
  body: PageKey;
  /** An honest limit of this place. */
  note?: PageKey;
}

export const CODE_PLACES: readonly CodePlace[] = [
  { method: 'app', title: 'places.app.title', body: 'places.app.body', note: 'places.app.note' },
  { method: 'sms', title: 'places.sms.title', body: 'places.sms.body', note: 'places.sms.note' },
  { method: 'backup', title: 'places.backup.title', body: 'places.backup.body' },
  { method: 'security-key', title: 'places.key.title', body: 'places.key.body' },
];

/**
 * Not a place for a code but a way in worth naming: X's login may offer a passkey as the first
 * factor, before the password (docs/x-facts.md F7). Whether X then still asks for a code is
 * not known, so the text does not say it skips one.
 */
export const PASSKEY_HINT: PageKey = 'places.passkey';

/** The asked-for method first; when the page does not say, every place in the usual order. */
export function placesFor(method: CodeMethod | undefined): CodePlace[] {
  const asked = CODE_PLACES.find((place) => place.method === method);
  if (!asked) return [...CODE_PLACES];
  // A backup code works on every code prompt, so it is always worth a look.
  const backup = CODE_PLACES.find((place) => place.method === 'backup');
  return asked === backup || !backup ? [asked] : [asked, backup];
}
