// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { prefillOf } from '@/lib/candidates/prefill';
import { provenanceOf } from '@/lib/candidates/source-labels';
import { detectCandidates } from '../index';
import { detectOnDemand } from '../on-demand';
import { FIXTURE_CASES } from './__fixtures__/cases';
import { grade } from './__fixtures__/grade';
import { closeWindows, loadFixture } from './fixture';

afterEach(closeWindows);

it('should give each fixture an address of its own (the end-to-end stand-ins serve them by host and path)', () => {
  const routes = FIXTURE_CASES.map((c) => new URL(c.url)).map((u) => `${u.host}${u.pathname}`);
  expect(new Set(routes).size).toBe(routes.length);
});

describe('detectOnDemand on every fixture', () => {
  it.each(FIXTURE_CASES.map((c) => [c.file, c] as const))('should get %s right, harming no one', (_file, c) => {
    const found = detectOnDemand(loadFixture(c.file, c.url), c.url);
    expect(grade(c, found)).toEqual({ grade: 'right', why: '' });
    const prefilled = prefillOf(found);
    expect(prefilled ? provenanceOf(prefilled) : '').toBe(c.provenance);
  });
});

describe('detectCandidates (the declared content script) on LinkedIn and GitHub fixtures', () => {
  it.each(
    FIXTURE_CASES.filter((c) => /linkedin|github/.test(c.url) && !c.url.includes('/messaging/')).map(
      (c) => [c.file, c] as const,
    ),
  )('should get %s right, harming no one', (_file, c) => {
    expect(grade(c, detectCandidates(loadFixture(c.file, c.url), c.url))).toEqual({ grade: 'right', why: '' });
  });
});

it('should leave LinkedIn messaging to the on-demand script: the declared one reports no one there', () => {
  const c = FIXTURE_CASES.find((f) => f.kind === 'LinkedIn messaging')!;
  expect(detectCandidates(loadFixture(c.file, c.url), c.url)).toEqual([]);
});
