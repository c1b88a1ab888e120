import type { PathStep } from '../../guides/settings-path';
import type { SettingsStep } from '../../page/routes';
import { xLabel } from '../../page/x-labels';
import { useTexts } from '../texts-context';

interface Props {
  steps: readonly PathStep[];
  /** Marks the step the page is on. */
  current?: SettingsStep | undefined;
  compact?: boolean;
}

/** X's menu labels in order, as an ordered list; the current step is marked. */
export function PathTrail({ steps, current, compact = false }: Props) {
  const { page: t, lang } = useTexts();
  return (
    <ol class={compact ? 'trail trail-compact' : 'trail'}>
      {steps.map((step, index) => {
        const here = current !== undefined && step.step === current;
        return (
          <li key={index} aria-current={here ? 'step' : undefined} class={here ? 'here' : undefined}>
            {step.described && <span class="x-label">{t(step.described)}</span>}
            {step.labels.map((label, i) => (
              <span key={label}>
                {i > 0 && <span class="or"> {t('device.or')} </span>}
                <span class="x-label">{xLabel(label, lang)}</span>
              </span>
            ))}
            {step.section && <span class="or"> {t('path.section', { section: xLabel(step.section, lang) })}</span>}
            {here && <span class="badge">{t('path.here')}</span>}
          </li>
        );
      })}
    </ol>
  );
}
