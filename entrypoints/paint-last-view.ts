import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { showLastFirstPaintView } from '@/lib/storage/first-paint-view';

// A classic script, run by the parser right after the popup's and side panel's root: draws the last view while the
// modules load (lib/storage/first-paint-view.ts).
export default defineUnlistedScript(() => showLastFirstPaintView(document.getElementById('root')));
