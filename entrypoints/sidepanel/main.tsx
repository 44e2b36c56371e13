import { startSurface } from '../popup/start-surface';
import './sidepanel.css';
import { CandidateInvites } from './CandidateInvites';
import { followActiveTab } from './follow-tab';
import { PageChanged } from './PageChanged';

// The popup's form, kept open beside the page: the same store, components and background messages, so it sends
// exactly as the popup does, and it starts as the popup does; what differs is that it follows the active tab
// (follow-tab.ts).
startSurface('sidepanel', {
  beforeForm: (
    <>
      <PageChanged />
      <CandidateInvites />
    </>
  ),
  onMounted: () => void followActiveTab(),
});
