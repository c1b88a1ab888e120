import { CHECKLIST, CHECKUP } from '../../guides/checklist';
import type { PopupTexts } from '../../i18n/popup-texts';
import { checklistTicks } from '../../state/tick-lists';
import { Checklist } from './Checklist';
import { GUIDE_LABELS, ResumeGuide } from './ResumeGuide';
import { PopupTextsContext } from './popup-texts-context';
import { Reminder } from './Reminder';
import { useStartGuide } from './use-start-guide';
import { useTicks } from './use-ticks';
import { useReadiness } from './use-readiness';
import type { ReadinessItem } from '../../state/readiness';

/** The toolbar popup: what to try, guides to the settings, and a check-up for later (texts from loadPopupTexts). */
export function PopupApp({ texts }: { texts: PopupTexts }) {
  const { t } = texts;
  const checklist = useTicks(checklistTicks);
  const readiness = useReadiness();
  const guide = useStartGuide();
  const done = CHECKLIST.filter((item) => checklist.state?.ticks[item.id]).length;
  const checkupWanted = Boolean(checklist.state?.ticks['save-new-codes']) || CHECKUP.some((item) => readiness.state?.[item.id] !== undefined);

  return (
    <PopupTextsContext.Provider value={texts}>
      <main class="popup">
        <h1>{t('popup.title')}</h1>
        <p class="intro">{t('popup.intro')}</p>
        <ResumeGuide onStart={guide.start} />
        <Reminder />
        {checklist.state && (
          <section aria-labelledby="checklist-progress">
            <p id="checklist-progress" class="progress" aria-live="polite">
              {t('popup.progress', { done, total: CHECKLIST.length })}
            </p>
            <Checklist
              hooks={{ list: 'checklist', item: 'checklist-item' }}
              items={CHECKLIST}
              ticks={checklist.state.ticks}
              onTick={checklist.tick}
              onGuide={guide.start}
              guideButton={{ hook: 'start-guide', label: (id) => t(GUIDE_LABELS[id]) }}
              guideHint={t('popup.guides.intro')}
            />
            {done > 0 && (
              <button type="button" class="text-button" onClick={checklist.reset}>
                {t('popup.reset')}
              </button>
            )}
          </section>
        )}
        {readiness.state && (
          // Folded while the user is still locked out: open once they are back in (the checklist's last
          // item) or have ticked any of it.
          <details class="checkup" open={checkupWanted}>
            <summary>
              <h2 id="checkup-title">{t('checkup.title')}</h2>
            </summary>
            <Checklist
              hooks={{ list: 'checkup', item: 'checkup-item' }}
              items={CHECKUP}
              ticks={Object.fromEntries(CHECKUP.map((item) => [item.id, readiness.state?.[item.id] !== undefined]))}
              dates={readiness.state}
              onTick={(id, ticked) => readiness.tick(id as ReadinessItem, ticked)}
              onGuide={guide.start}
            />
          </details>
        )}
        {guide.failed && (
          <p role="alert" class="error">
            {t('popup.guide.failed')}
          </p>
        )}
        {(checklist.saveFailed || readiness.saveFailed) && (
          <p role="alert" class="error">
            {t('popup.save-failed')}
          </p>
        )}
      </main>
    </PopupTextsContext.Provider>
  );
}
