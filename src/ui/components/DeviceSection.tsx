import { APP_PATH, WEB_PATH } from '../../guides/settings-path';
import { xLabel } from '../../page/x-labels';
import { PathTrail } from './PathTrail';
import { useTexts } from '../texts-context';

/** A device still logged in: what to look for, and the one warning; the menu paths folded. */
export function DeviceSection() {
  const { page: t, lang } = useTexts();
  return (
    <section class="section" aria-labelledby="rescue-device">
      <h3 id="rescue-device">{t('device.title')}</h3>
      <p>{t('device.body')}</p>
      <p class="note warning">{t('device.warning')}</p>
      <details class="fold" data-fold="device">
        <summary>{t('panel.more.device')}</summary>
        <p class="lead">{t('device.web')}</p>
        <PathTrail steps={WEB_PATH} compact />
        <p class="note">{t('device.narrow', { profileMenu: t('path.item.profile-menu'), more: xLabel('more', lang) })}</p>
        <p class="lead">{t('device.app')}</p>
        <PathTrail steps={APP_PATH} compact />
        <p class="note">{t('device.password')}</p>
      </details>
    </section>
  );
}
