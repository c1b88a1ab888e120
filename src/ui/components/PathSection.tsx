import { WEB_PATH } from '../../guides/settings-path';
import type { SettingsStep } from '../../page/routes';
import { PathTrail } from './PathTrail';
import { useTexts } from '../texts-context';

interface Props {
  current: SettingsStep | undefined;
}

export function PathSection({ current }: Props) {
  const { page: t } = useTexts();
  return (
    <section class="section" aria-labelledby="rescue-path">
      <h3 id="rescue-path">{t('path.title')}</h3>
      <PathTrail steps={WEB_PATH} current={current} />
      <p class="note">{t('device.password')}</p>
      <p class="note warning">{t('device.warning')}</p>
    </section>
  );
}
