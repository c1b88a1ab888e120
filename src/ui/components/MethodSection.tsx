import type { PageTranslate as Translate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import { settingsLabels } from '../../page/x-strings';

interface Props {
  t: Translate;
  lang: UiLanguage;
  /** Whether the page shows X's "choose a different method" control. */
  present: boolean;
  marking: boolean;
  onToggle: () => void;
}

export function MethodSection({ t, lang, present, marking, onToggle }: Props) {
  const chooseMethod = settingsLabels.chooseMethod[lang];
  return (
    <section class="section" aria-labelledby="rescue-method">
      <h3 id="rescue-method">{t('method.title')}</h3>
      <p>{t(present ? 'method.present' : 'method.absent', { chooseMethod })}</p>
      {present && (
        <button type="button" class="text-button" data-rescue="show-method" aria-pressed={marking} onClick={onToggle}>
          {t(marking ? 'method.hide' : 'method.show')}
        </button>
      )}
    </section>
  );
}
