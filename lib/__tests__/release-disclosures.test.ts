// @vitest-environment node
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('PERM-6: user data disclosures ship with the release', () => {
  it('should have a privacy policy naming both data types and Limited Use', () => {
    const policy = fs.readFileSync('PRIVACY.md', 'utf8');
    expect(policy).toMatch(/Authentication information/);
    expect(policy).toMatch(/Personally identifiable information/);
    expect(policy).toMatch(/Limited Use/);
    expect(policy).toMatch(/Remove key/);
  });

  it('should have a release checklist that covers the store disclosures', () => {
    const checklist = fs.readFileSync('docs/release-checklist.md', 'utf8');
    expect(checklist).toMatch(/Privacy practices/);
    expect(checklist).toMatch(/PRIVACY\.md/);
  });
});
