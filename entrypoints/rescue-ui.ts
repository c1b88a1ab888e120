import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startRescueUi } from '../src/ui/rescue-ui';
import { offerUi } from '../src/watcher/ui-handoff';

/** Injected by the background into a page the watcher found relevant (see README, "Two scripts"). */
export default defineUnlistedScript(() => {
  offerUi(startRescueUi);
});
