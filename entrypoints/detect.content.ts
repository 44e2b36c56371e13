import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectOnDemand } from '@/lib/detection/on-demand';

// Injected on demand (activeTab) when the user opens the popup, presses the shortcut or uses the context menu,
// on any page (webmail included). It returns what it found to the background and leaves nothing behind.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return detectOnDemand(document, location.href);
  },
});
