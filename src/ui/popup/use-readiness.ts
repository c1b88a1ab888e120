import { useEffect, useState } from 'preact/hooks';
import { loadReadiness, type Readiness, type ReadinessItem, setReadiness } from '../../state/readiness';

/** The readiness items in the popup: loaded once, saved (with today's date) on every tick. */
export function useReadiness() {
  const [state, setState] = useState<Readiness | undefined>(undefined);
  const [saveFailed, setSaveFailed] = useState(false);
  useEffect(() => {
    void loadReadiness().then(setState);
  }, []);
  return {
    state,
    saveFailed,
    tick: (item: ReadinessItem, confirmed: boolean) =>
      void setReadiness(item, confirmed).then(
        (next) => {
          setState(next);
          setSaveFailed(false);
        },
        () => setSaveFailed(true),
      ),
  };
}
