import type { Rng } from './random';
import type { ContentFormat, StoredAssessment } from './types';

const HOUR = 3_600_000;
const ASSESSMENT_COUNT = 120;

type NameStyle = 'paren' | 'dash' | 'colon';

interface RoleSpec {
  title: string;
  style: NameStyle;
  levels: readonly string[];
  focuses: readonly string[];
  questionFormats: readonly ContentFormat[];
}

const ENGINEERING_LEVELS = ['Junior', '', 'Senior', 'Lead', 'Staff'] as const;
const TECH_FORMATS: readonly ContentFormat[] = ['text', 'text', 'mixed', 'video'];
const PEOPLE_FORMATS: readonly ContentFormat[] = ['video', 'video', 'audio', 'mixed'];

// role × level × focus gives 133 distinct names; a seeded shuffle keeps 120 of them.
const ROLES: readonly RoleSpec[] = [
  {
    title: 'Backend Engineer',
    style: 'paren',
    levels: ENGINEERING_LEVELS,
    focuses: ['Go', 'Java', 'Node.js', 'Python', 'Rust'],
    questionFormats: TECH_FORMATS,
  },
  {
    title: 'Frontend Engineer',
    style: 'paren',
    levels: ENGINEERING_LEVELS,
    focuses: ['React', 'Vue', 'TypeScript'],
    questionFormats: TECH_FORMATS,
  },
  {
    title: 'Mobile Engineer',
    style: 'paren',
    levels: ENGINEERING_LEVELS,
    focuses: ['iOS', 'Android', 'React Native'],
    questionFormats: TECH_FORMATS,
  },
  {
    title: 'DevOps Engineer',
    style: 'paren',
    levels: ['Junior', '', 'Senior', 'Lead'],
    focuses: ['Kubernetes', 'Terraform', 'AWS'],
    questionFormats: TECH_FORMATS,
  },
  {
    title: 'QA Engineer',
    style: 'paren',
    levels: ['Junior', '', 'Senior'],
    focuses: ['Automation', 'Manual testing'],
    questionFormats: TECH_FORMATS,
  },
  {
    title: 'Customer Success Manager',
    style: 'dash',
    levels: ['', 'Senior', 'Lead'],
    focuses: ['Spanish', 'German', 'French', 'Portuguese'],
    questionFormats: PEOPLE_FORMATS,
  },
  {
    title: 'Support Specialist',
    style: 'dash',
    levels: ['', 'Senior', 'Lead'],
    focuses: ['Spanish', 'German', 'Italian', 'Japanese'],
    questionFormats: PEOPLE_FORMATS,
  },
  {
    title: 'Account Executive',
    style: 'dash',
    levels: ['', 'Senior', 'Enterprise'],
    focuses: ['EMEA', 'North America', 'LATAM'],
    questionFormats: PEOPLE_FORMATS,
  },
  {
    title: 'Data Analyst',
    style: 'colon',
    levels: ['Junior', '', 'Senior'],
    focuses: ['SQL screening', 'Python take-home', 'Dashboard case study'],
    questionFormats: TECH_FORMATS,
  },
  {
    title: 'Product Manager',
    style: 'colon',
    levels: ['Associate', '', 'Senior'],
    focuses: ['Roadmap case study', 'Stakeholder interview'],
    questionFormats: PEOPLE_FORMATS,
  },
  {
    title: 'UX Designer',
    style: 'colon',
    levels: ['Junior', '', 'Senior'],
    focuses: ['Portfolio review', 'Whiteboard challenge'],
    questionFormats: PEOPLE_FORMATS,
  },
  {
    title: 'Recruiter',
    style: 'colon',
    levels: ['', 'Senior'],
    focuses: ['Sourcing exercise', 'Phone screen'],
    questionFormats: PEOPLE_FORMATS,
  },
  {
    title: 'Sales Development Representative',
    style: 'dash',
    levels: [''],
    focuses: ['Cold-call role play', 'Spanish'],
    questionFormats: PEOPLE_FORMATS,
  },
];

/** Assessments in a language focus are bilingual; everything else is English only. */
const LANGUAGE_BY_FOCUS: Record<string, string[]> = {
  Spanish: ['en', 'es'],
  German: ['en', 'de'],
  French: ['en', 'fr'],
  Portuguese: ['en', 'pt'],
  Italian: ['en', 'it'],
  Japanese: ['en', 'ja'],
  LATAM: ['en', 'es', 'pt'],
};

interface NameCombo {
  name: string;
  focus: string;
  role: RoleSpec;
}

function formatName(role: RoleSpec, level: string, focus: string): string {
  const title = level ? `${level} ${role.title}` : role.title;
  if (role.style === 'paren') return `${title} (${focus})`;
  if (role.style === 'dash') return `${title} — ${focus}`;
  return `${title}: ${focus}`;
}

/** The large seed's 2,000 names: each role in each office (accents included, so search is tested on them). */
const OFFICES = [
  'Madrid',
  'São Paulo',
  'Zürich',
  'Kraków',
  'Montréal',
  'Bogotá',
  'Málaga',
  'Köln',
  'Reykjavík',
  'Århus',
  'Dublin',
  'Lisbon',
  'Osaka',
  'Nairobi',
  'Toronto',
  'Austin',
] as const;

function officeCombos(): NameCombo[] {
  return allCombos().flatMap((combo) => OFFICES.map((office) => ({ ...combo, name: `${combo.name} · ${office}` })));
}

function allCombos(): NameCombo[] {
  return ROLES.flatMap((role) =>
    role.levels.flatMap((level) =>
      role.focuses.map((focus) => ({ name: formatName(role, level, focus), focus, role })),
    ),
  );
}

/**
 * 120 assessments (or `count`, up to 2,128, named per office), newest first: item i was created about
 * 36 h × i (2 h × i past 120) before the anchor, so createdAt is strictly decreasing and the default sort
 * (created_at desc) is stable. inviteCount starts at 0; the seed sets it from the seeded invites.
 */
export function seedAssessments(
  rng: Rng,
  orgId: string,
  anchorMs: number,
  count = ASSESSMENT_COUNT,
): StoredAssessment[] {
  const combos = rng.shuffle(count > ASSESSMENT_COUNT ? officeCombos() : allCombos()).slice(0, count);
  const step = count > ASSESSMENT_COUNT ? 2 * HOUR : 36 * HOUR;
  return combos.map((combo, index) => {
    const createdMs = anchorMs - 2 * HOUR - index * step - rng.int(0, 30) * 60_000;
    const updatedMs = createdMs + rng.int(0, anchorMs - createdMs - 60_000);
    const questionCount = rng.int(4, 20);
    const defaultQuestionFormat = rng.pick(combo.role.questionFormats);
    return {
      id: rng.uuid(),
      orgId,
      name: combo.name,
      defaultQuestionFormat,
      defaultAnswerFormat: rng.next() < 0.7 ? defaultQuestionFormat : rng.pick(combo.role.questionFormats),
      languages: [...(LANGUAGE_BY_FOCUS[combo.focus] ?? ['en'])],
      questionCount,
      inviteCount: 0,
      createdAt: new Date(createdMs).toISOString(),
      updatedAt: new Date(updatedMs).toISOString(),
      totalPoints: questionCount * rng.pick([5, 10, 10, 20]),
    };
  });
}
