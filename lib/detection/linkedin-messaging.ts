import type { Candidate } from '@/lib/candidates/candidate';
import { emailFromMailto, extractEmails } from '@/lib/email/extract';
import { queryVisible, textOf } from './dom';
import { linkedInProfileUrl } from './linkedin';
import {
  LINKEDIN_MESSAGE,
  LINKEDIN_MESSAGE_SENDER,
  LINKEDIN_THREAD,
  LINKEDIN_THREAD_TITLE,
  MAILTO_LINK,
} from './selectors';
import type { Viewer } from './viewer';
import { isVisible } from './visibility';

function addressesIn(message: Element): string[] {
  const links = [...message.querySelectorAll(MAILTO_LINK.join(','))].map((a) =>
    emailFromMailto(a.getAttribute('href') ?? ''),
  );
  return [...links, ...extractEmails(textOf(message))].filter((e): e is string => !!e);
}

/**
 * LinkedIn messaging: the open thread's other participant, with an address they wrote themselves. What the
 * viewer sent (their own address, a colleague's) is theirs, and becomes part of the viewer: never a candidate.
 * Other conversations in the list are other people: not read.
 */
export function detectLinkedInMessaging(
  doc: Document,
  viewer: Viewer,
  pageUrl: string,
): { candidates: Candidate[]; viewer: Viewer } {
  const thread = queryVisible(doc, LINKEDIN_THREAD);
  const title = thread && queryVisible(thread, LINKEDIN_THREAD_TITLE);
  const name = textOf(title);
  const viewerNames = new Set(viewer.names);
  if (!thread || !name || viewerNames.has(name)) return { candidates: [], viewer };
  const sentByViewer: string[] = [];
  const theirs: string[] = [];
  let sender = '';
  for (const message of thread.querySelectorAll(LINKEDIN_MESSAGE.join(','))) {
    // A message without a sender line continues the previous sender's group.
    sender = textOf(message.querySelector(LINKEDIN_MESSAGE_SENDER.join(','))) || sender;
    if (!isVisible(message)) continue;
    (sender === name ? theirs : sentByViewer).push(...addressesIn(message));
  }
  const candidate: Candidate = { source: 'linkedin-message', name };
  const own = theirs.find((e) => !sentByViewer.includes(e));
  if (own) candidate.email = own;
  const profileUrl = linkedInProfileUrl(title?.closest('a')?.getAttribute('href'), pageUrl);
  if (profileUrl) candidate.profileUrl = profileUrl;
  return { candidates: [candidate], viewer: { ...viewer, emails: [...viewer.emails, ...sentByViewer] } };
}
