import { useEffect, useState } from 'preact/hooks';
import { type TickList, type TickState, withTick } from '../../state/tick-lists';

/** A tick list's state in the popup: loaded once, saved on every change. */
export function useTicks(list: TickList) {
  const [state, setState] = useState<TickState | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    void list.load().then(setState);
  }, [list]);
  const update = (next: TickState) => {
    setState(next);
    list.save(next).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  };
  return {
    state,
    saveFailed,
    tick: (id: string, ticked: boolean) => state && update(withTick(state, id, ticked)),
    reset: () => update({ ticks: {} }),
  };
}
