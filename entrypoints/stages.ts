import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { STAGES_KEY } from '../content/capture/load-stages';
import { stageKit } from '../content/capture/stage-kit';

// The stage watch, imported by a platform's content script on an order-management page or a site with
// stage picks (content/capture/load-stages.ts): it runs in the content script's world and leaves itself there.
export default defineUnlistedScript(() => {
  (globalThis as { [STAGES_KEY]?: typeof stageKit })[STAGES_KEY] = stageKit;
});
