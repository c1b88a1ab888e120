import { useEffect, useRef } from 'preact/hooks';
import { isReady, READINESS_ITEMS, readinessItem, withReadiness } from '../../state/readiness';
import { useStoredItem } from '../use-stored-item';
import { useTexts } from '../texts-context';
import type { RiskKind } from '../contexts';

interface Props {
  kind: RiskKind;
  /** Runs the backup-code guide from here, coming back afterwards. */
  onGetBackup: () => void;
  /** Every answer is yes: the panel may fold away. */
  onReady: () => void;
}

/** How long the "you have a way back in" note stays before the panel folds to its launcher. */
const READY_FOLD_MS = 2500;

/**
 * The calm check before a password change (or turning a method off): can the
 * user still get a code afterwards? It never blocks or touches X's form.
 */
export function RiskCheck({ kind, onGetBackup, onReady }: Props) {
  const { assistant: a } = useTexts();
  // Watched: a tick in the popup shows here at once, and one here in the popup.
  const { value: readiness, update } = useStoredItem(readinessItem);
  const ready = readiness !== undefined && isReady(readiness);
  const fold = useRef(onReady);
  fold.current = onReady;
  useEffect(() => {
    if (!ready) return;
    const timer = setTimeout(() => fold.current(), READY_FOLD_MS);
    return () => clearTimeout(timer);
  }, [ready]);

  if (!readiness) return null;
  return (
    <section class="section" data-rescue="risk-check" data-kind={kind} aria-labelledby="rescue-risk">
      <h3 id="rescue-risk">{a(`risk.${kind}.title`)}</h3>
      <p>{a(`risk.${kind}.body`)}</p>
      <ul class="answers">
        {READINESS_ITEMS.map((item) => (
          <li key={item}>
            <label>
              <input
                type="checkbox"
                data-ready={item}
                checked={readiness[item] !== undefined}
                onChange={(event) => {
                  const confirmed = event.currentTarget.checked;
                  const now = Date.now();
                  update((current) => withReadiness(current, item, confirmed, now));
                }}
              />
              {a(`ready.${item}`)}
            </label>
          </li>
        ))}
      </ul>
      {readiness['backup-saved'] === undefined && (
        <button type="button" class="text-button" data-rescue="get-backup" onClick={onGetBackup}>
          {a('risk.get-backup')}
        </button>
      )}
      {ready && (
        <p role="status" class="outlook" data-rescue="ready">
          {a(`risk.${kind}.ready`)}
        </p>
      )}
    </section>
  );
}
