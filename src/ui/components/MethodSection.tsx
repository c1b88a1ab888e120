import { useTexts } from '../texts-context';

interface Props {
  /** Whether the page shows X's "use another method" control. */
  present: boolean;
  /** Its words as the page shows them, when it has any. */
  label: string | undefined;
  marking: boolean;
  onToggle: () => void;
}

/** X words this control differently in its two login layouts: quote what the page shows. */
export function MethodSection({ present, label, marking, onToggle }: Props) {
  const { page: t } = useTexts();
  return (
    <section class="section" aria-labelledby="rescue-method">
      <h3 id="rescue-method">{t('method.title')}</h3>
      <p>{label ? t('method.present', { chooseMethod: label }) : t('method.absent')}</p>
      {present && (
        <button type="button" class="text-button" data-rescue="show-method" aria-pressed={marking} onClick={onToggle}>
          {t(marking ? 'method.hide' : 'method.show')}
        </button>
      )}
    </section>
  );
}
