import type { Ref } from 'preact';
import type { PageTranslate as Translate } from '../../i18n';
import type { Box } from '../placement';

interface Props {
  t: Translate;
  box: Box;
  onOpen: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

export function Launcher({ t, box, onOpen, buttonRef }: Props) {
  return (
    <button
      type="button"
      data-rescue="launcher"
      class="launcher"
      aria-label={t('launcher.label')}
      aria-expanded="false"
      style={{ left: `${box.left}px`, top: `${box.top}px` }}
      onClick={onOpen}
      ref={buttonRef}
    >
      <span aria-hidden="true">{t('launcher.glyph')}</span>
    </button>
  );
}
