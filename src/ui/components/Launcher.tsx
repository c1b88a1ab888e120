import type { Ref } from 'preact';
import type { Box } from '../placement';
import { useTexts } from '../texts-context';

interface Props {
  box: Box;
  onOpen: () => void;
  buttonRef: Ref<HTMLButtonElement>;
}

export function Launcher({ box, onOpen, buttonRef }: Props) {
  const { page: t } = useTexts();
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
