import type { GuideId } from '../../model/ids';
import { usePopupTexts } from './popup-texts-context';
import { lastGuideItem } from '../../state/last-guide';
import { useStoredItem } from '../use-stored-item';

/** The popup's name for each guide, on its buttons. */
export const GUIDE_LABELS = {
  'backup-code': 'popup.guide.backup-code',
  'temporary-password': 'popup.guide.temporary-password',
  'two-factor-methods': 'popup.guide.two-factor-methods',
} as const satisfies Record<GuideId, string>;

/** Resumes a guide that was closed in a tab: first in the popup, where it is seen at once. The guides
 * themselves start from the checklist items they serve. */
export function ResumeGuide({ onStart }: { onStart: (guide: GuideId) => void }) {
  const { t } = usePopupTexts();
  // Watched: a guide paused in a tab while the popup is open shows here at once.
  const last = useStoredItem(lastGuideItem).value;
  const paused = last?.guide.status === 'paused' ? last.guide.id : undefined;
  if (!paused) return null;
  return (
    <button type="button" class="primary-button" data-rescue="resume-guide" data-guide={paused} onClick={() => onStart(paused)}>
      {t('popup.guide.resume', { guide: t(GUIDE_LABELS[paused]) })}
    </button>
  );
}
