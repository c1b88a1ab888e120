import { APP_PATH, WEB_PATH } from '../../guides/settings-path';
import type { PageTranslate as Translate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import { settingsLabels } from '../../page/x-strings';
import { PathTrail } from './PathTrail';

interface Props {
  lang: UiLanguage;
  t: Translate;
}

export function DeviceSection({ lang, t }: Props) {
  return (
    <section class="section" aria-labelledby="rescue-device">
      <h3 id="rescue-device">{t('device.title')}</h3>
      <p>{t('device.body')}</p>
      <p class="lead">{t('device.web')}</p>
      <PathTrail steps={WEB_PATH} lang={lang} t={t} compact />
      <p class="note">
        {t('device.narrow', { profileMenu: settingsLabels.profileMenu[lang], more: settingsLabels.more[lang] })}
      </p>
      <p class="lead">{t('device.app')}</p>
      <PathTrail steps={APP_PATH} lang={lang} t={t} compact />
      <p class="note">{t('device.password')}</p>
      <p class="note warning">{t('device.warning')}</p>
    </section>
  );
}
