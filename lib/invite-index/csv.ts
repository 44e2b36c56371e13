// Invites as CSV (RFC 4180), for "Export CSV". A cell a spreadsheet would run as a formula (=, +, -, @, tab,
// CR) is prefixed with an apostrophe: addresses and names come from pages anyone can write.

export interface CsvInvite {
  recipientName?: string | null;
  recipientEmail: string;
  assessmentName: string;
  status?: string;
  sentAt: string;
  expiresAt: string;
}

const HEADER = ['Name', 'Email', 'Assessment', 'Status', 'Sent', 'Expires'];

function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function invitesToCsv(invites: readonly CsvInvite[]): string {
  const rows = invites.map((i) => [
    i.recipientName ?? '',
    i.recipientEmail,
    i.assessmentName,
    i.status ?? 'pending',
    i.sentAt,
    i.expiresAt,
  ]);
  return [HEADER, ...rows].map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
