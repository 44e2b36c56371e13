import type { Candidate, CandidateSource } from '@/lib/candidates/candidate';
import { extractEmails, isValidEmail } from '@/lib/email/extract';
import { queryVisible, textOf } from './dom';
import {
  GMAIL_ACCOUNT,
  GMAIL_SENDER,
  GMAIL_THREAD,
  OUTLOOK_ACCOUNT_EMAIL,
  OUTLOOK_ACCOUNT_NAME,
  OUTLOOK_MESSAGE,
  OUTLOOK_READING_PANE,
  OUTLOOK_SENDER,
} from './selectors';
import { type Viewer, withoutViewer } from './viewer';
import { isVisible } from './visibility';

// Read on demand only: the popup, the shortcut or the menu grants this tab (activeTab); no standing
// permission for mail sites (docs/security.md PERM-1). The open thread's senders are the candidates;
// the account owner (title, account switcher, "to me") and other threads in the list are not.

const text = (el: Element | null | undefined) => (el?.textContent ?? '').replace(/\s+/g, ' ').trim();

function senders(found: Candidate[], viewer: Viewer): Candidate[] {
  const unique = new Map(found.map((c) => [c.email!.toLowerCase(), c]));
  return withoutViewer([...unique.values()], viewer);
}

/** "Subject - owner@example.com - Gmail" and "Google Account: Name (owner@example.com)". */
export function gmailViewer(doc: Document): Viewer {
  const account = doc.querySelector(GMAIL_ACCOUNT.join(','))?.getAttribute('aria-label') ?? '';
  // "Google Account: Name (address)", in the interface's language ("Cuenta de Google: …").
  const name = /^[^:]*:\s*(.*?)\s*\(/.exec(account)?.[1];
  return {
    names: name ? [name] : [],
    emails: [...extractEmails(doc.title), ...extractEmails(account)],
    profileUrls: [],
  };
}

export function detectGmail(doc: Document): Candidate[] {
  const thread = queryVisible(doc, GMAIL_THREAD);
  if (!thread) return [];
  const found: Candidate[] = [];
  for (const el of thread.querySelectorAll(GMAIL_SENDER.join(','))) {
    const email = el.getAttribute('email') ?? '';
    if (!isValidEmail(email) || !isVisible(el)) continue;
    const name = el.getAttribute('name') || textOf(el);
    found.push(sender('gmail-sender', email, name));
  }
  // The last message's sender first: the one the user is answering.
  return senders(found.reverse(), gmailViewer(doc));
}

/** "Mail - Owner Name - Outlook" and the account manager's name and address. */
export function outlookViewer(doc: Document): Viewer {
  const fromTitle = /^\S+ - (.+) - Outlook$/.exec(doc.title)?.[1];
  const name = text(doc.querySelector(OUTLOOK_ACCOUNT_NAME.join(','))) || fromTitle;
  const emails = extractEmails(text(doc.querySelector(OUTLOOK_ACCOUNT_EMAIL.join(','))));
  return { names: [name, fromTitle].filter((n): n is string => !!n), emails, profileUrls: [] };
}

/** Each message's sender line in the reading pane: "Name <address>". */
export function detectOutlook(doc: Document): Candidate[] {
  const pane = queryVisible(doc, OUTLOOK_READING_PANE);
  if (!pane) return [];
  const found: Candidate[] = [];
  for (const message of pane.querySelectorAll(OUTLOOK_MESSAGE.join(','))) {
    const from = queryVisible(message, OUTLOOK_SENDER);
    const line = from?.parentElement;
    const [email] = extractEmails(text(line));
    if (!from || !email) continue;
    found.push(sender('outlook-sender', email, textOf(from)));
  }
  return senders(found, outlookViewer(doc));
}

function sender(source: CandidateSource, email: string, name: string): Candidate {
  return name && !name.includes('@') ? { source, email, name } : { source, email };
}
