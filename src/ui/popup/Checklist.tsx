import type { ChecklistItem } from '../../guides/checklist';
import { regainAccessForm } from '../../guides/help-links';
import type { GuideId } from '../../model/ids';
import { ExternalLink } from '../components/ExternalLink';
import { usePopupTexts } from './popup-texts-context';

interface Props {
  /** The UI-contract names: the list and its items. */
  hooks: { list: string; item: string };
  items: readonly ChecklistItem[];
  ticks: Readonly<Record<string, boolean>>;
  /** When each tick was made, shown beside it. */
  dates?: Readonly<Record<string, number | undefined>>;
  onTick: (id: string, ticked: boolean) => void;
  /** Starts a guide; its buttons sit in the item they serve. */
  onGuide?: (guide: GuideId) => void;
  /** How a guide button is named for tests (the UI contract's `start-guide` in the checklist) and labelled. */
  guideButton?: { hook: string; label: (guide: GuideId) => string };
  /** Said once, above the first item's guide buttons (where guides work). */
  guideHint?: string;
}

/** A list of things to do, each with a tick that is kept. */
export function Checklist({ hooks, items, ticks, dates, onTick, onGuide, guideButton, guideHint }: Props) {
  const { lang, t } = usePopupTexts();
  const firstWithGuides = items.find((item) => item.guides?.length)?.id;
  return (
    <ol data-rescue={hooks.list} class="checklist">
      {items.map((item) => {
        const id = `${hooks.list}-${item.id}`;
        return (
          <li key={item.id} data-rescue={hooks.item} data-item={item.id} class={ticks[item.id] ? 'done' : undefined}>
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
              {dates?.[item.id] !== undefined && (
                <p class="ticked-on">{t('checkup.ticked-on', { date: new Date(dates[item.id]!).toLocaleDateString(lang) })}</p>
              )}
              {item.supportLink && (
                <>
                  <ExternalLink href={regainAccessForm(lang)} rescue="support-link" newTabText={t('popup.new-tab')}>
                    {t('popup.support-link')}
                  </ExternalLink>
                  {/* The form runs a browser check (Cloudflare) that some browsers fail. */}
                  <p>{t('popup.form-trouble')}</p>
                  {/* People locked out are what "recovery" scammers look for. */}
                  <p data-rescue="scam-warning">{t('popup.scams')}</p>
                </>
              )}
              {item.guides && onGuide && (
                <>
                  {guideHint && item.id === firstWithGuides && <p class="hint">{guideHint}</p>}
                  <div class="guide-buttons">
                    {item.guides.map((guide) => (
                      <button
                        key={guide}
                        type="button"
                        class="text-button"
                        data-rescue={guideButton?.hook ?? `${hooks.list}-guide`}
                        data-guide={guide}
                        onClick={() => onGuide(guide)}
                      >
                        {guideButton ? guideButton.label(guide) : t('checkup.guide')}
                      </button>
                    ))}
                  </div>
                </>
              )}
            </div>
          </li>
        );
      })}
    </ol>
  );
}
