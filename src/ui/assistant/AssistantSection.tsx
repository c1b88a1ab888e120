import { useMemo, useState } from 'preact/hooks';
import { HAVES, type Have, planFor } from '../../guides/recovery-plan';
import type { PageTranslate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import { answersItem } from '../../state/assistant-state';
import { useStoredItem } from '../use-stored-item';
import { useRemoteTexts } from '../use-remote-texts';

interface Props {
  lang: UiLanguage;
  t: PageTranslate;
}

/** "What do you still have?" and an ordered, honest plan from the answers. */
export function AssistantSection({ lang, t }: Props) {
  const [open, setOpen] = useState(false);
  const texts = useRemoteTexts('assistant', lang, open);
  const answers = useStoredItem(answersItem);
  const have = answers.value?.have;
  const plan = useMemo(() => planFor(new Set(have)), [have]);

  const update = (next: Have[]) => answers.update(() => ({ have: next }));

  return (
    <section class="section" aria-labelledby="rescue-assistant">
      <button
        id="rescue-assistant"
        type="button"
        class="text-button"
        data-rescue="open-assistant"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {t('assistant.open')}
      </button>
      {open && texts.status === 'failed' && <p role="alert">{t('assistant.load-failed')}</p>}
      {open && texts.status === 'ready' && have && (
        <div data-rescue="assistant">
          <h3>{texts.page('assistant.title')}</h3>
          <p class="note">{texts.page('assistant.intro')}</p>
          <ul class="answers">
            {HAVES.map((what) => (
              <li key={what}>
                <label>
                  <input
                    type="checkbox"
                    data-have={what}
                    checked={have.includes(what)}
                    onChange={(event) =>
                      update(event.currentTarget.checked ? [...have, what] : have.filter((other) => other !== what))
                    }
                  />
                  {texts.page(`have.${what}`)}
                </label>
              </li>
            ))}
          </ul>
          <h3>{texts.page('plan.title')}</h3>
          <p class="outlook" data-outlook={plan.outlook}>
            {texts.page(plan.outlook)}
          </p>
          <ol class="plan" data-rescue="plan">
            {plan.steps.map((step, index) => (
              <li key={step} data-step={step}>
                {index === 0 && <strong>{texts.page('plan.next')}: </strong>}
                {texts.page(step)}
              </li>
            ))}
          </ol>
          {have.length > 0 && (
            <button type="button" class="text-button" onClick={() => update([])}>
              {texts.page('assistant.clear')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
