import { GUIDE_IDS, type GuideId } from '../../model/ids';
import { usePopupTexts } from './popup-texts';
import { lastGuideItem } from '../../state/last-guide';
import { useStoredItem } from '../use-stored-item';

const LABELS = {
  'backup-code': 'popup.guide.backup-code',
  'temporary-password': 'popup.guide.temporary-password',
  'two-factor-methods': 'popup.guide.two-factor-methods',
} as const satisfies Record<GuideId, string>;

/** Buttons that start a guide in an x.com tab, and one to resume a guide that was closed. */
export function GuideButtons({ onStart }: { onStart: (guide: GuideId) => void }) {
  const { t } = usePopupTexts();
  // Watched: a guide paused in a tab while the popup is open shows here at once.
  const last = useStoredItem(lastGuideItem).value;
  const paused = last?.guide.status === 'paused' ? last.guide.id : undefined;
  return (
    <section class="guides" aria-labelledby="guides-title">
      <h2 id="guides-title">{t('popup.guides.title')}</h2>
      <p class="hint">{t('popup.guides.intro')}</p>
      {paused && (
        <button type="button" class="primary-button" data-rescue="resume-guide" data-guide={paused} onClick={() => onStart(paused)}>
          {t('popup.guide.resume', { guide: t(LABELS[paused]) })}
        </button>
      )}
      <div class="guide-buttons">
        {GUIDE_IDS.map((guide) => (
          <button key={guide} type="button" class="text-button" data-rescue="start-guide" data-guide={guide} onClick={() => onStart(guide)}>
            {t(LABELS[guide])}
          </button>
        ))}
      </div>
    </section>
  );
}
