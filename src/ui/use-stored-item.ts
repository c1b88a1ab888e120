import { useEffect, useState } from 'preact/hooks';
import type { StoredItem } from '../state/stored-item';

/**
 * A stored value in a view: read once, then kept current by watching it, so
 * every view of it (the popup, an open panel) shows the same. `undefined`
 * until the first read. Changes go to storage; the watch brings them back.
 */
export function useStoredItem<T>(item: StoredItem<T>) {
  const [value, setValue] = useState<T | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    let changed = false;
    const unwatch = item.watch((next) => {
      changed = true;
      setValue(next);
    });
    void item.read().then((first) => {
      // A change seen while reading is newer than what was read.
      if (!changed) setValue(first);
    });
    return unwatch;
  }, [item]);
  const update = (change: (current: T) => T) => {
    // Shown at once; the watch confirms it (or corrects it) from storage.
    setValue((current) => (current === undefined ? current : change(current)));
    item.update(change).then(
      () => setSaveFailed(false),
      () => setSaveFailed(true),
    );
  };
  return { value, saveFailed, update };
}
