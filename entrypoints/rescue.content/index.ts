import { defineContentScript } from 'wxt/utils/define-content-script';
import { classify } from '../../src/page/classify';
import { X_HOST_MATCHES } from '../../src/page/hosts';
import { watchPage } from '../../src/page/page-watch';
import { readLook } from '../../src/page/read-page';
import { createRescueUi } from '../../src/ui/mount-rescue-ui';

export default defineContentScript({
  matches: [...X_HOST_MATCHES],
  runAt: 'document_idle',
  async main(ctx) {
    const ui = await createRescueUi(ctx);
    let layoutTick = 0;
    watchPage({
      win: window,
      signal: ctx.signal,
      onCheck(url) {
        const reading = classify(document, url);
        if (reading.context === 'other') return ui.hide();
        ui.show({ reading, ...readLook(document), layoutTick: ++layoutTick });
      },
    });
  },
});
