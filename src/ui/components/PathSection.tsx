import { WEB_PATH } from '../../guides/settings-path';
import type { PageTranslate as Translate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import type { SettingsStep } from '../../page/routes';
import { PathTrail } from './PathTrail';

interface Props {
  lang: UiLanguage;
  t: Translate;
  current: SettingsStep | undefined;
}

export function PathSection({ lang, t, current }: Props) {
  return (
    <section class="section" aria-labelledby="rescue-path">
      <h3 id="rescue-path">{t('path.title')}</h3>
      <PathTrail steps={WEB_PATH} lang={lang} t={t} current={current} />
      <p class="note">{t('device.password')}</p>
      <p class="note warning">{t('device.warning')}</p>
    </section>
  );
}
