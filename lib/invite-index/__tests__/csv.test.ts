import { describe, expect, it } from 'vitest';
import { invitesToCsv } from '../csv';

describe('invitesToCsv', () => {
  it('quotes what needs quoting and defuses formulas', () => {
    const csv = invitesToCsv([
      {
        recipientName: 'Doe, "Jane"',
        recipientEmail: 'jane@example.com',
        assessmentName: '=HYPERLINK("x")',
        status: 'pending',
        sentAt: 's',
        expiresAt: 'e',
      },
      { recipientName: null, recipientEmail: 'bo@example.org', assessmentName: 'QA', sentAt: 's', expiresAt: 'e' },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'Name,Email,Assessment,Status,Sent,Expires',
      '"Doe, ""Jane""",jane@example.com,"\'=HYPERLINK(""x"")",pending,s,e',
      ',bo@example.org,QA,pending,s,e',
      '',
    ]);
  });
});
