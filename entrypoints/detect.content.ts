import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectCandidates } from '@/lib/detection';

// Injected on demand (activeTab) when the user opens the popup, presses the shortcut or uses the context menu
// on any other page. It returns what it found to the background and leaves nothing behind.
export default defineContentScript({
  registration: 'runtime',
  main() {
    return detectCandidates(document, location.href);
  },
});
