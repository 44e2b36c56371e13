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
  | 'generic'
  | 'Stack Exchange'
  | 'no candidate';

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
  // A company's contact page: its press contact is offered, not prefilled (issue 26).
  { file: 'generic-tricky.html', url: 'https://www.example.com/contact/', kind: 'no candidate', first: { email: '', name: '' }, provenance: '', never: ['script.person@example.com', 'hidden.attr@example.com', 'press-desk@example.org'] },
  // Issue 26: the name a person reads; pages about no one propose no one; addresses written as people write them.
  { file: 'linkedin-2026-sdui-es.html', url: 'https://www.linkedin.com/in/valentina-rojas-synthetic/', kind: 'LinkedIn 2026', first: { email: '', name: 'Valentina Rojas' }, provenance: 'From LinkedIn profile', never: ['tomas.aguilar@talento.example.cl'] },
  { file: 'github-2012.html', url: 'https://github.com/tkowalczyk', kind: 'GitHub', first: { email: 'tomasz.kowalczyk@example.pl', name: 'Tomasz Kowalczyk' }, provenance: 'From GitHub profile', never: ['anna.nowak@example.pl'] },
  { file: 'github-profile-cjk.html', url: 'https://github.com/lisi-synthetic', kind: 'GitHub', first: { email: '', name: '李四' }, provenance: 'From GitHub profile', never: ['you@example.com', 'wangwu@example.cn'] },
  { file: 'stackoverflow-user.html', url: 'https://stackoverflow.com/users/4815162/amelia-hartley', kind: 'Stack Exchange', first: { email: '', name: 'Amelia Hartley' }, provenance: 'From Page heading', never: ['tester@example.com', 'qa@example.com', 'legal@stackoverflow.example'] },
  { file: 'stackoverflow-es-user.html', url: 'https://es.stackoverflow.com/users/31415/joaquin-beltran', kind: 'Stack Exchange', first: { email: '', name: 'Joaquín Beltrán' }, provenance: 'From Page heading', never: ['nombre@dominio.com'] },
  {
    file: 'gmail-thread-es.html',
    url: 'https://mail.google.com/mail/u/1/#inbox/FMfcgzQsyntheticEs',
    kind: 'Gmail',
    first: { email: 'pablo.serrano@example.net', name: 'Pablo Serrano' },
    provenance: 'From Gmail sender',
    never: ['ines.moreno@seleccion.example.com', 'laura.gil@example.org', 'rocio.vidal@example.es'],
  },
  { file: 'gmail-inbox-list.html', url: 'https://mail.google.com/mail/u/2/#inbox', kind: 'Gmail', first: { email: '', name: '' }, provenance: '', never: ['noor.haddad@example.org', 'daniel.kim@example.net', 'olivia.brandt@talent.example.com', 'jobs@talent.example.com'] },
  { file: 'homepage-personal-es.html', url: 'https://www.uni-ejemplo.es/~lfernandez/', kind: 'homepage', first: { email: 'lucia.fernandez@uni-ejemplo.es', name: 'Lucía Fernández Ortega' }, provenance: 'From Page heading' },
  { file: 'homepage-at-dot.html', url: 'https://www.example-state.edu/~owashdown/', kind: 'obfuscated', first: { email: 'owashdown@example-state.edu', name: 'Owen Ashdown' }, provenance: 'Decoded from “owashdown AT example-state DOT edu”' },
  { file: 'homepage-arroba-es.html', url: 'https://www.uni-ejemplo.es/linguistica/personal/mibanez/', kind: 'obfuscated', first: { email: 'mibanez@uni-ejemplo.es', name: 'Marta Ibáñez Soler' }, provenance: 'Decoded from “mibanez (arroba) uni-ejemplo (punto) es”', never: ['info@uni-ejemplo.es', 'marta.ibanez@uni-ejemplo.es'] },
  {
    file: 'people-lab-es.html',
    url: 'https://www.icm-ejemplo.es/equipo/',
    kind: 'many people',
    first: { email: 'cvillalobos@icm-ejemplo.es', name: 'Carmen Villalobos Prieto' },
    provenance: 'Decoded from “cvillalobos [arroba] icm-ejemplo [punto] es”',
    people: [
      { email: 'cvillalobos@icm-ejemplo.es', name: 'Carmen Villalobos Prieto' },
      { email: 'izubiaurre@icm-ejemplo.es', name: 'Íñigo Zubiaurre Etxeberria' },
    ],
  },
  {
    file: 'people-lab-pi.html',
    url: 'https://www.example-marine.edu/people/',
    kind: 'many people',
    first: { email: 'rkowalski@example-marine.edu', name: 'Renata Kowalski' },
    provenance: 'Decoded from “rkowalski [at] example-marine [dot] edu”',
    people: [
      { email: 'rkowalski@example-marine.edu', name: 'Renata Kowalski' },
      { email: 'ibello@example-marine.edu', name: 'Idris Bello' },
    ],
  },
  { file: 'careers-page.html', url: 'https://www.northwind-robotics.example/careers/', kind: 'no candidate', first: { email: '', name: '' }, provenance: '' },
  { file: 'careers-page-es.html', url: 'https://www.ejemplo-energia.example/trabaja-con-nosotros/', kind: 'no candidate', first: { email: '', name: '' }, provenance: '' },
  { file: 'github-org.html', url: 'https://github.com/tidewater-labs', kind: 'no candidate', first: { email: '', name: '' }, provenance: '' },
  { file: 'linkedin-company.html', url: 'https://www.linkedin.com/company/quillfeather-analytics/', kind: 'no candidate', first: { email: '', name: '' }, provenance: '' },
  { file: 'company-blog.html', url: 'https://www.brightloom.example/blog/2026/faster-builds/', kind: 'no candidate', first: { email: '', name: '' }, provenance: '' },
];
