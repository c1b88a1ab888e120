import { useMemo, useState } from 'preact/hooks';
import { planFor, stepWording } from '../../guides/recovery-plan';
import { isolated } from '../../i18n/translate';
import { HAVES, type Have } from '../../model/ids';
import { isRightToLeftLanguage } from '../../page/page-language';
import { answersItem } from '../../state/assistant-state';
import { useStoredItem } from '../use-stored-item';
import { useTexts } from '../texts-context';

interface Props {
  /** The words of X's "use another method" control as the page shows them, when the page has one. */
  chooseMethodLabel?: string | undefined;
}

/** "What do you still have?" and an ordered, honest plan from the answers. */
export function AssistantSection({ chooseMethodLabel }: Props) {
  const { page: t, assistant: a, lang } = useTexts();
  // X's words keep their own direction inside a right-to-left sentence, as the panel quotes them.
  const quoted = chooseMethodLabel && isRightToLeftLanguage(lang) ? isolated(chooseMethodLabel) : chooseMethodLabel;
  const [open, setOpen] = useState(false);
  const answers = useStoredItem(answersItem);
  const have = answers.value?.have;
  const plan = useMemo(() => planFor(new Set(have)), [have]);

  const update = (next: Have[]) => answers.update(() => ({ have: next }));

  return (
    <section class="section" aria-labelledby="rescue-assistant">
      <button id="rescue-assistant" type="button" class="text-button" data-rescue="open-assistant" aria-expanded={open} onClick={() => setOpen(!open)}>
        {t('assistant.open')}
      </button>
      {open && have && (
        <div data-rescue="assistant">
          <h3>{a('assistant.title')}</h3>
          <p class="note">{a('assistant.intro')}</p>
          <ul class="answers">
            {HAVES.map((what) => (
              <li key={what}>
                <label>
                  <input
                    type="checkbox"
                    data-have={what}
                    checked={have.includes(what)}
                    onChange={(event) => update(event.currentTarget.checked ? [...have, what] : have.filter((other) => other !== what))}
                  />
                  {a(`have.${what}`)}
                </label>
              </li>
            ))}
          </ul>
          <h3>{a('plan.title')}</h3>
          <p class="outlook" data-outlook={plan.outlook}>
            {a(plan.outlook)}
          </p>
          <ol class="plan" data-rescue="plan">
            {plan.steps.map((step, index) => {
              const { key, vars } = stepWording(step, quoted);
              return (
                <li key={step} data-step={step}>
                  {index === 0 && <strong>{a('plan.next')}: </strong>}
                  {a(key, vars)}
                </li>
              );
            })}
          </ol>
          {have.length > 0 && (
            <button type="button" class="text-button" onClick={() => update([])}>
              {a('assistant.clear')}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
