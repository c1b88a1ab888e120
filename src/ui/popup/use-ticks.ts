import { type TickList, withTick } from '../../state/tick-lists';
import { useStoredItem } from '../use-stored-item';

/** A tick list's state in the popup: kept current with storage, saved on every change. */
export function useTicks(list: TickList) {
  const { value, saveFailed, update } = useStoredItem(list);
  return {
    state: value,
    saveFailed,
    tick: (id: string, ticked: boolean) => update((current) => withTick(current, id, ticked)),
    reset: () => update(() => ({ ticks: {} })),
  };
}
