import { useState } from 'preact/hooks';
import type { GuideId } from '../../model/ids';
import { startGuide } from '../../messaging/popup-client';

/** Starts a guide in an x.com tab and closes the popup, or reports that it could not. */
export function useStartGuide() {
  const [failed, setFailed] = useState(false);
  const start = async (guide: GuideId) => {
    setFailed(false);
    if (await startGuide(guide)) window.close();
    else setFailed(true);
  };
  return { start: (guide: GuideId) => void start(guide), failed };
}
