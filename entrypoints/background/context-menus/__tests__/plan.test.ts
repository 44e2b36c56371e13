import { describe, expect, it } from 'vitest';
import type { Candidate } from '@/lib/candidates/candidate';
import { childId, CHOOSE, pageChoice, pageTitle, PARENTS, planMenuClick } from '../plan';
import { buildMenuSpecs } from '../specs';

const A = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const onTarget = childId(PARENTS.target, { assessmentId: A });
const onPage = childId(PARENTS.page, { assessmentId: A });
const JANE: Candidate = { email: 'jane@example.com', name: 'Jane Doe', source: 'linkedin-contact-info' };

describe('pageChoice', () => {
  it('should offer a role address or an address from a page about no one, and send to neither in one click', () => {
    const jobs: Candidate = { email: 'jobs@example.com', source: 'mailto-link' };
    const recruiter: Candidate = { email: 'ines@example.com', source: 'page-text', foundOn: 'careers-page' };

    expect(pageChoice([jobs])).toEqual({ send: undefined, offered: [jobs] });
    expect(pageChoice([recruiter])).toEqual({ send: undefined, offered: [recruiter] });
  });
});

describe('planMenuClick', () => {
  it.each([
    [
      'a selected address',
      { menuItemId: onTarget, selectionText: ' write to jane@example.com. ' },
      { type: 'send', assessmentId: A, email: 'jane@example.com', name: 'Jane Doe' },
    ],
    [
      'a mailto link, query stripped',
      { menuItemId: onTarget, linkUrl: 'mailto:Jane@Example.com?subject=Hi' },
      { type: 'send', assessmentId: A, email: 'Jane@example.com', name: 'Jane Doe' },
    ],
    [
      'the page with a detected candidate',
      { menuItemId: onPage },
      { type: 'send', assessmentId: A, email: 'jane@example.com', name: 'Jane Doe' },
    ],
  ])('should send for %s', (_name, click, expected) => {
    const seen = { linkTexts: ['Jane@Example.com'], selection: 'write to jane@example.com.' };
    expect(planMenuClick(click, { hasKey: true, candidates: [JANE], seen })).toEqual(expected);
  });

  describe('SEC-9: one click sends only to an address the user could see', () => {
    const form = (email: string, name?: string) => ({
      type: 'open-form',
      assessmentId: A,
      candidates: [{ email, name, source: expect.any(String) }],
    });

    it.each([
      [
        'a link whose text shows another address',
        { menuItemId: onTarget, linkUrl: 'mailto:someone@else.example' },
        { linkTexts: ['jane@corp.com'], selection: '' },
        form('someone@else.example'),
      ],
      [
        'a link whose text shows no address',
        { menuItemId: onTarget, linkUrl: 'mailto:jane@example.com' },
        { linkTexts: ['Email me'], selection: '' },
        form('jane@example.com', 'Jane Doe'),
      ],
      [
        'a link the page changed since the right-click (nothing it shows counts)',
        { menuItemId: onTarget, linkUrl: 'mailto:attacker@evil.example' },
        { linkTexts: [], selection: '' },
        form('attacker@evil.example'),
      ],
      [
        'an address hidden inside a selection',
        { menuItemId: onTarget, selectionText: 'Contact hidden@evil.example today' },
        { linkTexts: [], selection: 'Contact  today' },
        form('hidden@evil.example'),
      ],
      [
        'a page that could not be read',
        { menuItemId: onTarget, selectionText: 'jane@example.com' },
        undefined,
        form('jane@example.com', 'Jane Doe'),
      ],
    ])('should open the form, sending nothing, for %s', (_name, click, seen, expected) => {
      expect(planMenuClick(click, { hasKey: true, candidates: [JANE], seen })).toEqual(expected);
    });
  });

  it('should offer each address of a selection with several in the form, sending none', () => {
    const actual = planMenuClick(
      { menuItemId: onTarget, selectionText: 'a@example.com, b@example.org; A@example.com' },
      { hasKey: true, candidates: [] },
    );

    expect(actual).toEqual({
      type: 'open-form',
      assessmentId: A,
      candidates: [
        { email: 'a@example.com', name: undefined, source: 'page-text' },
        { email: 'b@example.org', name: undefined, source: 'page-text' },
      ],
    });
  });

  it('should open the form for "Choose assessment…"', () => {
    const actual = planMenuClick(
      { menuItemId: childId(PARENTS.target, CHOOSE), selectionText: 'jane@example.com' },
      { hasKey: true, candidates: [] },
    );
    expect(actual).toMatchObject({ type: 'open-form', candidates: [{ email: 'jane@example.com' }] });
    expect(actual).not.toHaveProperty('assessmentId');
  });

  it.each([
    ['a selection', { menuItemId: onTarget, selectionText: 'jane@example.com' }],
    ['the page', { menuItemId: onPage }],
  ])('should open the options page instead when no key is set (%s)', (_name, click) => {
    expect(planMenuClick(click, { hasKey: false, candidates: [JANE] })).toEqual({ type: 'open-options' });
  });

  it.each([
    [
      'a selection with no address',
      { menuItemId: onTarget, selectionText: 'logo@2x.png and name [at] example.com' },
      [],
    ],
    [
      'a page with a name-only candidate',
      { menuItemId: onPage },
      [{ name: 'Jane Doe', source: 'linkedin-profile' } as Candidate],
    ],
  ])('should say nothing was found for %s', (_name, click, candidates) => {
    expect(planMenuClick(click, { hasKey: true, candidates })).toEqual({ type: 'nothing-found' });
  });

  it('should ignore menu items that are not ours', () => {
    expect(planMenuClick({ menuItemId: 'something-else' }, { hasKey: true, candidates: [JANE] })).toEqual({
      type: 'ignore',
    });
  });
});

describe('buildMenuSpecs', () => {
  it('should give each parent the recent assessments, at most 5, then "Choose assessment…"', () => {
    const recent = Array.from({ length: 7 }, (_, i) => ({ id: `id-${i}`, name: `Assessment ${i}` }));

    const specs = buildMenuSpecs(recent, true);

    for (const parent of [PARENTS.target, PARENTS.page]) {
      const children = specs.filter((s) => s.parentId === parent).map((s) => s.title);
      expect(children).toEqual([
        'Assessment 0',
        'Assessment 1',
        'Assessment 2',
        'Assessment 3',
        'Assessment 4',
        'Choose assessment…',
      ]);
    }
    expect(specs.find((s) => s.id === PARENTS.target)).toMatchObject({
      title: 'Invite to AlfaOne',
      contexts: ['selection', 'link'],
      targetUrlPatterns: ['mailto:*'],
    });
    expect(new Set(specs.map((s) => s.id)).size).toBe(specs.length);
  });

  it('should keep "%s" in an assessment name from becoming the selected text', () => {
    expect(buildMenuSpecs([{ id: 'x', name: 'Top 10%s sprint' }], false).find((s) => s.id.endsWith('/x'))?.title).toBe(
      'Top 10% s sprint',
    );
  });

  it('should hide the page item unless a candidate was detected', () => {
    expect(buildMenuSpecs([], false).find((s) => s.id === PARENTS.page)?.visible).toBe(false);
  });
});

describe('pageTitle', () => {
  it.each([
    [
      'the profile owner, by name and address',
      [JANE, { email: 'other@example.com', source: 'page-text' }],
      'Invite Jane Doe (jane@example.com) to AlfaOne',
    ],
    [
      'the one address on the page',
      [{ email: 'solo@example.com', source: 'page-text' }],
      'Invite solo@example.com to AlfaOne',
    ],
    [
      'several addresses and no owner',
      [
        { email: 'a@example.com', source: 'page-text' },
        { email: 'b@example.com', source: 'mailto-link' },
      ],
      'Invite to AlfaOne: 2 people on this page…',
    ],
  ] as [string, Candidate[], string][])('should name %s', (_label, candidates, expected) => {
    expect(pageTitle(candidates)).toBe(expected);
  });

  it('should send the page item to exactly the candidate its title names', () => {
    const candidates: Candidate[] = [JANE, { email: 'other@example.com', source: 'page-text' }];

    expect(planMenuClick({ menuItemId: onPage }, { hasKey: true, candidates })).toMatchObject({
      type: 'send',
      email: pageChoice(candidates).send!.email,
    });
  });
});
