// What each committed fixture should give when the user opens the popup there: the candidate to prefill
// (first), the people a many-people page should offer with their own addresses, and the addresses that must
// never be offered (the viewer's own, a colleague's, other threads'). Used by the unit tests, the stand-in
// sites of the end-to-end tests and `npm run bench` (right / wrong / harmful).

export type FixtureKind =
  | 'LinkedIn public'
  | 'LinkedIn classic'
  | 'LinkedIn 2026'
  | 'LinkedIn messaging'
  | 'Gmail'
  | 'Outlook'
  | 'GitHub'
  | 'homepage'
  | 'many people'
  | 'obfuscated'
  | 'generic';

export interface FixtureCase {
  file: string;
  url: string;
  kind: FixtureKind;
  /** The candidate prefilled: '' for a field left empty. */
  first: { email: string; name: string };
  /** The words shown next to the prefilled candidate. */
  provenance: string;
  /** On a page about many people: every person offered, each with their own address. */
  people?: { email: string; name: string }[];
  /** Never offered, with any name. */
  never?: string[];
}

const OLIVIA = 'olivia.brandt@talent.example.com';

export const FIXTURE_CASES: FixtureCase[] = [
  { file: 'linkedin-classic-contact-open.html', url: 'https://www.linkedin.com/in/jane-doe-synthetic/', kind: 'LinkedIn classic', first: { email: 'jane.doe@example.com', name: 'Jane Doe' }, provenance: 'From LinkedIn contact info' },
  { file: 'linkedin-classic-no-email.html', url: 'https://www.linkedin.com/in/jane-doe-no-email/', kind: 'LinkedIn classic', first: { email: '', name: 'Jane Doe' }, provenance: 'From LinkedIn profile' },
  { file: 'linkedin-2026-contact-open.html', url: 'https://www.linkedin.com/in/alex-rivera-synthetic/', kind: 'LinkedIn 2026', first: { email: 'Alex.Rivera@example.org', name: 'Alex Rivera' }, provenance: 'From LinkedIn contact info' },
  { file: 'linkedin-2026-sdui.html', url: 'https://www.linkedin.com/in/sofia-marchetti-synthetic/', kind: 'LinkedIn 2026', first: { email: '', name: 'Sofia Marchetti' }, provenance: 'From LinkedIn profile', never: [OLIVIA] },
  { file: 'linkedin-public.html', url: 'https://www.linkedin.com/in/priya-natarajan-synthetic/', kind: 'LinkedIn public', first: { email: '', name: 'Priya Natarajan' }, provenance: 'From LinkedIn profile' },
  {
    file: 'linkedin-messaging.html',
    url: 'https://www.linkedin.com/messaging/thread/2-c3ludGhldGljLXRvbWFz/',
    kind: 'LinkedIn messaging',
    first: { email: 'tomas.herrera@example.net', name: 'Tomás Herrera' },
    provenance: 'From LinkedIn message',
    never: [OLIVIA, 'sam.okoro@talent.example.com', 'hanna.lindgren@example.se'],
  },
  {
    file: 'gmail-thread.html',
    url: 'https://mail.google.com/mail/u/0/#inbox/FMfcgzQsynthetic',
    kind: 'Gmail',
    first: { email: 'daniel.kim@example.net', name: 'Daniel Kim' },
    provenance: 'From Gmail sender',
    never: [OLIVIA, 'noor.haddad@example.org', 'payroll@vendor.example.com', 'billing@vendor.example.com'],
  },
  {
    file: 'outlook-thread.html',
    url: 'https://outlook.office.com/mail/inbox/id/AAQkSynthetic',
    kind: 'Outlook',
    first: { email: 'grace.liu@example.org', name: 'Grace Liu' },
    provenance: 'From Outlook sender',
    never: [OLIVIA, 'felix.wagner@example.de', 'no-reply@jobs.example.com'],
  },
  { file: 'github-profile.html', url: 'https://github.com/mara-synthetic', kind: 'GitHub', first: { email: 'mara@example.org', name: 'Mara Lindqvist' }, provenance: 'From GitHub profile' },
  { file: 'github-pname-signed-in.html', url: 'https://github.com/kenji-sato-synthetic', kind: 'GitHub', first: { email: 'kenji.sato@example.jp', name: 'Kenji Sato' }, provenance: 'From GitHub profile' },
  { file: 'github-itemprop-signed-out.html', url: 'https://github.com/amara-obi-synthetic', kind: 'GitHub', first: { email: '', name: 'Amara Obi' }, provenance: 'From GitHub profile', never: ['amara@users.noreply.github.com'] },
  {
    file: 'homepage-faculty.html',
    url: 'https://www.example.edu/~hokafor/',
    kind: 'homepage',
    first: { email: 'h.okafor@example.edu', name: 'Helena Okafor' },
    provenance: 'From Page heading',
    never: ['it-help@example.edu'],
  },
  {
    file: 'people-lab.html',
    url: 'https://www.example.edu/okafor-lab/people/',
    kind: 'many people',
    first: { email: 'h.okafor@example.edu', name: 'Helena Okafor' },
    provenance: 'From Email link',
    people: [
      { email: 'h.okafor@example.edu', name: 'Helena Okafor' },
      { email: 'm.alvarez@example.edu', name: 'Mateo Álvarez' },
      { email: 'ytanaka@example.edu', name: 'Yuki Tanaka' },
      { email: 'chloe.martin@example.edu', name: 'Chloé Martin' },
      { email: 'fz.benali@example.edu', name: 'Fatima Zahra Benali' },
    ],
  },
  {
    file: 'obfuscated-homepage.html',
    url: 'https://www.example.edu/~jwhitfield/',
    kind: 'obfuscated',
    first: { email: 'jane.whitfield@example-tech.edu', name: 'Jane Whitfield' },
    provenance: 'Decoded from “jane.whitfield [at] example-tech [dot] edu”',
    people: [
      { email: 'jane.whitfield@example-tech.edu', name: 'Jane Whitfield' },
      { email: 'marco.bianchi@example-tech.edu', name: 'Marco Bianchi' },
      { email: 'li.wei@example-tech.edu', name: 'Li Wei' },
      { email: 'ana.souza@example-tech.edu', name: 'Ana Souza' },
    ],
  },
  {
    file: 'generic-table.html',
    url: 'https://www.example.org/linguistics/people/',
    kind: 'many people',
    first: { email: 'p.raman@example.org', name: 'Priya Raman' },
    provenance: 'From Email link',
    people: [
      { email: 'p.raman@example.org', name: 'Priya Raman' },
      { email: 'i.vanderberg@example.org', name: 'Ingrid van der Berg' },
      { email: 'sean.obrien@example.org', name: 'Seán O’Brien' },
      { email: 't.herrera@example.org', name: 'Tomás Herrera' },
      { email: 'k.mensah@example.org', name: 'Kwame Mensah' },
    ],
    never: ['former.person@example.org'],
  },
  { file: 'generic-tricky.html', url: 'https://www.example.com/contact/', kind: 'generic', first: { email: 'ben.carter@example.org', name: 'Ben Carter' }, provenance: 'From Email link', never: ['script.person@example.com', 'hidden.attr@example.com', 'press-desk@example.org'] },
];
