// Addresses that belong to a function, not a person: RFC 2142's mailbox names and the usual rest (hiring, press,
// sales, help, no-reply), in the words other languages use for them. The popup never prefills one; each can still
// be picked, labelled "role address" (docs/product.md, Rules of behaviour).

const WORDS = [
  // RFC 2142
  'info marketing sales support abuse noc security postmaster hostmaster usenet news webmaster www uucp ftp',
  // The common rest
  'admin administrator contact contacts contactus hello hi hey team office jobs job careers career recruiting',
  'recruitment recruiter recruiters talent hiring hr people apply applications press media pr help helpdesk',
  'service services customerservice billing accounts accounting finance invoices payroll legal privacy compliance',
  'feedback enquiries inquiries enquiry inquiry general mail newsletter partners partnerships solutions business',
  'bizdev events orders shop store reception frontdesk secretary studio root mailer-daemon bounce bounces noreply',
  'no-reply donotreply do-not-reply notifications alerts membership members webmail web community',
  // Spanish, Portuguese, French, German, Italian, Dutch
  'hola contacto informacion ventas soporte ayuda prensa empleo empleos trabajo trabaja rrhh seleccion',
  'administracion equipo comercial atencion contato vagas vendas suporte imprensa carreiras bonjour recrutement',
  'emploi ventes carrieres presse hallo kontakt karriere bewerbung vertrieb ciao lavoro candidature vendite',
  'assistenza informazioni vacatures werken secretaria secretariado secretariat segreteria sekretariat oficina',
  'recepcion consultas comunicacion direccion decanato',
].flatMap((line) => line.split(' '));

// A role word alone, or with a qualifier after a separator or a number ("jobs-europe", "press.desk", "support2":
// never glued letters, "priya" is not "pr"); or a unit's desk ("it-help").
const ROLE = new RegExp(
  `^(?:(?:${WORDS.join('|')})(?:[._-][a-z\\d]{1,12}|\\d{1,3})?|[a-z\\d]+[._-](?:office|desk|team|help|info|jobs|admin|support|lab|group))$`,
);

/** Whether an address is a function's (info@, jobs@, noreply@), not a person's. Accents are read as their letter. */
export function isRoleAddress(email: string): boolean {
  const local = email.slice(0, email.lastIndexOf('@')).toLowerCase().split('+')[0] ?? '';
  return ROLE.test(local.normalize('NFD').replace(/\p{M}/gu, ''));
}
