import { looksLikeName } from './person-name';

// The name a person reads, not the words around it (on demand only: the word lists stay out of the content script).
// A role, a degree, a department or a heading is never a name (issue 26: "Principal Investigator" was proposed).

/** Words of roles, degrees, units and headings, in English and Spanish: a "name" holding one is not a name. */
export const NOT_NAME_WORDS = [
  'principal investigator professor profesor profesora student students estudiante phd ph.d postdoc postdoctoral',
  'posdoctoral researcher research investigador investigadora investigación lecturer department departamento',
  'faculty facultad school escuela university universidad lab laboratory laboratorio contact contacto people',
  'personas about acerca sobre home inicio welcome bienvenido bienvenida bienvenidos team equipo staff members',
  'miembros director directora manager engineer ingeniero ingeniera scientist científico científica fellow',
  'assistant asistente associate asociado asociada chair decano decana head jefe jefa office oficina',
  'publications publicaciones teaching docencia news noticias projects proyectos blog careers jobs empleo join',
  'apply únete trabaja group grupo center centre centro institute instituto program programa design diseño',
  'developer desarrollador desarrolladora senior junior lead chief officer coordinator coordinador coordinadora',
  'administrator administrador candidate candidato candidata alumni graduate undergraduate visiting emeritus',
  "emérito adjunct becario becaria titular ayudante doctorando doctoranda máster master’s master's software",
  'engineering ingeniería marketing sales ventas support soporte press prensa hr rrhh labs analytics studios',
  'technologies systems consulting foundation fundación association asociación society corp corporation plc llp',
  'recruiter reclutador talent company empresa services servicios solutions soluciones inc ltd llc gmbh s.a',
].flatMap((line) => line.split(' '));
const NOT_NAME = new Set(NOT_NAME_WORDS);

// Before a name: "Prof. Helena Okafor", "Dr Jane Doe", "Dra. Ana Ruiz". After it: ", Ph.D.", " PhD", ", MD".
const HONORIFIC = /^(?:(?:prof|profa|dr|dra|mr|mrs|ms|mx|sir|dame|sr|sra|srta)\.?\s+)+/i;
// Only "PhD" goes without a comma: "Jane Ma" is a name.
const DEGREE = /(?:,\s*(?:ph\.?\s?d|m\.?d|m\.?sc?|b\.?sc?|m\.?a|mba|jr|sr|iii?)\.?|\s+ph\.?\s?d\.?)$/i;
// A name in CJK script with the login glued after it ("李四 lisi", as GitHub shows both): the full name alone. CJK
// text alone is not taken: nothing tells a name from a heading there.
const CJK_NAME = /^([\p{Script=Han}\p{Script=Hangul}\p{Script=Hiragana}\p{Script=Katakana}]{2,6})\s+[a-z\d_.-]+$/u;

const hasNotNameWord = (text: string) =>
  text
    .toLowerCase()
    .split(' ')
    .some((w) => NOT_NAME.has(w) || NOT_NAME.has(w.replace(/[.,]$/, '')));

/** The name in a short text as a person reads it, or undefined when the text is a role, a heading or no name. */
export function personName(text: string | null | undefined): string | undefined {
  const name = (text ?? '').replace(/\s+/g, ' ').trim().replace(HONORIFIC, '').replace(DEGREE, '').trim();
  const cjk = CJK_NAME.exec(name)?.[1];
  if (cjk) return cjk;
  return looksLikeName(name) && !hasNotNameWord(name) ? name : undefined;
}

/**
 * A found candidate's name as proposed: read again by `personName`. A site's own profile name ("Jane Doe (she/her)")
 * is kept as the site wrote it unless it holds a role's or a heading's word; any other, unless it reads as a name.
 */
export function nameAsRead(name: string, fromSiteProfile: boolean): string | undefined {
  return personName(name) ?? (fromSiteProfile && !hasNotNameWord(name) ? name : undefined);
}
