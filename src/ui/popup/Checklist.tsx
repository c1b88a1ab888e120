import type { ChecklistItem } from '../../guides/checklist';
import { regainAccessForm } from '../../guides/help-links';
import type { PopupTranslate as Translate } from '../../i18n';
import type { UiLanguage } from '../../page/page-language';
import { ExternalLink } from '../components/ExternalLink';

interface Props {
  items: readonly ChecklistItem[];
  lang: UiLanguage;
  t: Translate;
  ticks: Readonly<Record<string, boolean>>;
  onTick: (id: string, ticked: boolean) => void;
  onReset: () => void;
}

export function Checklist({ items, lang, t, ticks, onTick, onReset }: Props) {
  const done = items.filter((item) => ticks[item.id]).length;
  return (
    <section aria-labelledby="checklist-progress">
      <p id="checklist-progress" class="progress" aria-live="polite">
        {t('popup.progress', { done, total: items.length })}
      </p>
      <ol data-rescue="checklist" class="checklist">
        {items.map((item) => {
          const id = `check-${item.id}`;
          return (
            <li key={item.id} data-rescue="checklist-item" data-item={item.id} class={ticks[item.id] ? 'done' : undefined}>
              <input
                id={id}
                type="checkbox"
                checked={Boolean(ticks[item.id])}
                aria-describedby={`${id}-body`}
                onChange={(event) => onTick(item.id, event.currentTarget.checked)}
              />
              <div>
                <label for={id}>{t(item.title)}</label>
                <p id={`${id}-body`}>{t(item.body)}</p>
                {item.supportLink && (
                  <ExternalLink href={regainAccessForm(lang)} rescue="support-link" newTabText={t('popup.new-tab')}>
                    {t('popup.support-link')}
                  </ExternalLink>
                )}
              </div>
            </li>
          );
        })}
      </ol>
      {done > 0 && (
        <button type="button" class="text-button" onClick={onReset}>
          {t('popup.reset')}
        </button>
      )}
    </section>
  );
}
