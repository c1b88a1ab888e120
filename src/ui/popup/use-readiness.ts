import { readinessItem, type ReadinessItem, withReadiness } from '../../state/readiness';
import { useStoredItem } from '../use-stored-item';

/** The readiness items in the popup: kept current with storage, saved (with today's date) on every tick. */
export function useReadiness() {
  const { value, saveFailed, update } = useStoredItem(readinessItem);
  return {
    state: value,
    saveFailed,
    tick: (item: ReadinessItem, confirmed: boolean) => {
      const now = Date.now();
      update((current) => withReadiness(current, item, confirmed, now));
    },
  };
}
