import { useEffect, useMemo, useState } from 'preact/hooks';
import { CHECKLIST } from '../../guides/checklist';
import { popupText } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import { type ChecklistState, loadChecklist, saveChecklist, withTick } from '../../state/checklist-state';
import { Checklist } from './Checklist';
import { GuideButtons } from './GuideButtons';
import { Reminder } from './Reminder';

/** The toolbar popup: what to try, with ticks kept on this device. */
export function PopupApp({ lang }: { lang: UiLanguage }) {
  const t = useMemo(() => popupText(lang), [lang]);
  const [state, setState] = useState<ChecklistState | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);

  useEffect(() => {
    void loadChecklist().then(setState);
  }, []);

  const update = (next: ChecklistState) => {
    setState(next);
    saveChecklist(next).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  };

  return (
    <main class="popup">
      <h1>{t('popup.title')}</h1>
      <p class="intro">{t('popup.intro')}</p>
      <Reminder t={t} />
      {state && (
        <Checklist
          items={CHECKLIST}
          lang={lang}
          t={t}
          ticks={state.ticks}
          onTick={(id, ticked) => update(withTick(state, id, ticked))}
          onReset={() => update({ ticks: {} })}
        />
      )}
      {saveFailed && (
        <p role="alert" class="error">
          {t('popup.save-failed')}
        </p>
      )}
      <GuideButtons t={t} />
    </main>
  );
}
