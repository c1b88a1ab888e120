import { APP_PATH, WEB_PATH } from '../../guides/settings-path';
import { xLabel } from '../../page/x-labels';
import { PathTrail } from './PathTrail';
import { useTexts } from '../texts-context';

export function DeviceSection() {
  const { page: t, lang } = useTexts();
  return (
    <section class="section" aria-labelledby="rescue-device">
      <h3 id="rescue-device">{t('device.title')}</h3>
      <p>{t('device.body')}</p>
      <p class="lead">{t('device.web')}</p>
      <PathTrail steps={WEB_PATH} compact />
      <p class="note">{t('device.narrow', { profileMenu: t('path.item.profile-menu'), more: xLabel('more', lang) })}</p>
      <p class="lead">{t('device.app')}</p>
      <PathTrail steps={APP_PATH} compact />
      <p class="note">{t('device.password')}</p>
      <p class="note warning">{t('device.warning')}</p>
    </section>
  );
}
