import { type CodePlace, PASSKEY_HINT, placesFor } from '../../guides/code-places';
import type { CodeMethod } from '../../page/reading';
import { useTexts } from '../texts-context';

interface Props {
  method: CodeMethod | undefined;
  phoneDigits: string | undefined;
}

/** Where the code may be: the place of the method X asks for first; the other places and the
 * passkey hint folded under it. When the page does not say which method, every place shows. */
export function PlacesSection({ method, phoneDigits }: Props) {
  const { page: t } = useTexts();
  const places = placesFor(method);
  const known = method !== undefined && method !== 'unknown';
  const item = (place: CodePlace) => (
    <li key={place.method} data-method={place.method}>
      <strong>{t(place.title)}</strong>
      <p>{t(place.body)}</p>
      {/* X's resend link is on its text-message step only: said there, not where texts are one option among others. */}
      {place.method === 'sms' && method === 'sms' && <p data-place="resend">{t('places.sms.resend')}</p>}
      {place.method === 'sms' && phoneDigits && <p>{t('places.sms.digits', { digits: phoneDigits })}</p>}
      {place.note && <p class="note">{t(place.note)}</p>}
    </li>
  );
  const folded = known ? places.slice(1) : [];
  return (
    <section class="section" aria-labelledby="rescue-places">
      <h3 id="rescue-places">{t('places.title')}</h3>
      <ul class="places">{(known ? places.slice(0, 1) : places).map(item)}</ul>
      <details class="fold" data-fold="places">
        <summary>{t('panel.more.places')}</summary>
        {folded.length > 0 && <ul class="places">{folded.map(item)}</ul>}
        <p data-place="passkey">{t(PASSKEY_HINT)}</p>
      </details>
    </section>
  );
}
