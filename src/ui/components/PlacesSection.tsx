import { PASSKEY_HINT, placesFor } from '../../guides/code-places';
import type { CodeMethod } from '../../page/reading';
import { useTexts } from '../texts-context';

interface Props {
  method: CodeMethod | undefined;
  phoneDigits: string | undefined;
}

export function PlacesSection({ method, phoneDigits }: Props) {
  const { page: t } = useTexts();
  return (
    <section class="section" aria-labelledby="rescue-places">
      <h3 id="rescue-places">{t('places.title')}</h3>
      <ul class="places">
        {placesFor(method).map((place) => (
          <li key={place.method} data-method={place.method}>
            <strong>{t(place.title)}</strong>
            <p>{t(place.body)}</p>
            {place.method === 'sms' && phoneDigits && <p>{t('places.sms.digits', { digits: phoneDigits })}</p>}
            {place.note && <p class="note">{t(place.note)}</p>}
          </li>
        ))}
      </ul>
      <p data-place="passkey">{t(PASSKEY_HINT)}</p>
    </section>
  );
}
