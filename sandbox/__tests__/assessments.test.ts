// @vitest-environment node
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { api, useSandbox } from './helpers';
import type { AssessmentDetail, AssessmentPage } from './helpers';

describe('GET /assessments', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  /** Both pages at limit 100, i.e. every assessment in the requested order. */
  async function listAll(query = ''): Promise<AssessmentPage['assessments']> {
    const first = await api<AssessmentPage>(ctx.sandbox, `/assessments?limit=100&page=1${query}`);
    const second = await api<AssessmentPage>(ctx.sandbox, `/assessments?limit=100&page=2${query}`);
    return [...first.body.assessments, ...second.body.assessments];
  }

  it.each([
    { query: '', expected: { page: 1, limit: 20, total: 120, totalPages: 6 }, count: 20 },
    { query: '?page=6', expected: { page: 6, limit: 20, total: 120, totalPages: 6 }, count: 20 },
    { query: '?limit=100', expected: { page: 1, limit: 100, total: 120, totalPages: 2 }, count: 100 },
    { query: '?limit=100&page=2', expected: { page: 2, limit: 100, total: 120, totalPages: 2 }, count: 20 },
    { query: '?limit=1', expected: { page: 1, limit: 1, total: 120, totalPages: 120 }, count: 1 },
    { query: '?limit=7&page=18', expected: { page: 18, limit: 7, total: 120, totalPages: 18 }, count: 1 },
    { query: '?page=7', expected: { page: 7, limit: 20, total: 120, totalPages: 6 }, count: 0 },
    { query: '?page=999&limit=100', expected: { page: 999, limit: 100, total: 120, totalPages: 2 }, count: 0 },
  ])('should answer $query with $count items and pagination $expected', async ({ query, expected, count }) => {
    const actual = await api<AssessmentPage>(ctx.sandbox, `/assessments${query}`);

    expect(actual.status).toBe(200);
    expect(actual.body.assessments).toHaveLength(count);
    expect(actual.body.pagination).toEqual(expected);
  });

  it('should cover all 120 assessments exactly once when following totalPages', async () => {
    const seen: string[] = [];
    let totalPages = 1;
    for (let page = 1; page <= totalPages; page++) {
      const res = await api<AssessmentPage>(ctx.sandbox, `/assessments?limit=20&page=${page}`);
      totalPages = res.body.pagination?.totalPages ?? 0;
      seen.push(...res.body.assessments.map((a) => a.id));
    }

    expect(seen).toHaveLength(120);
    expect(new Set(seen).size).toBe(120);
  });

  it('should sort by createdAt, newest first, by default', async () => {
    const actual = await listAll();

    const created = actual.map((a) => Date.parse(a.createdAt));
    expect(created).toEqual([...created].sort((a, b) => b - a));
    expect(new Set(created).size).toBe(created.length);
  });

  it.each([
    { sort: 'created_at', field: 'createdAt' },
    { sort: 'updated_at', field: 'updatedAt' },
    { sort: 'name', field: 'name' },
  ] as const)('should sort by $sort in both orders', async ({ sort, field }) => {
    const asc = await listAll(`&sort=${sort}&order=asc`);
    const desc = await listAll(`&sort=${sort}&order=desc`);

    const values = asc.map((a) => a[field]);
    const compare =
      field === 'name'
        ? (a: string, b: string) => a.localeCompare(b, 'en')
        : (a: string, b: string) => Date.parse(a) - Date.parse(b);
    expect(values).toEqual([...values].sort(compare));
    expect(desc.map((a) => a[field])).toEqual([...values].sort(compare).reverse());
  });

  it('should keep names unique and realistic', async () => {
    const all = await listAll();

    expect(new Set(all.map((a) => a.name)).size).toBe(120);
    expect(
      all.every((a) => /Engineer|Manager|Analyst|Specialist|Executive|Designer|Recruiter|Representative/.test(a.name)),
    ).toBe(true);
  });

  it.each([
    { query: 'page=0', param: 'page' },
    { query: 'page=-1', param: 'page' },
    { query: 'page=1.5', param: 'page' },
    { query: 'page=abc', param: 'page' },
    { query: 'page=', param: 'page' },
    { query: 'limit=0', param: 'limit' },
    { query: 'limit=101', param: 'limit' },
    { query: 'limit=ten', param: 'limit' },
    { query: 'sort=createdAt', param: 'sort' },
    { query: 'sort=sent_at', param: 'sort' },
    { query: 'order=up', param: 'order' },
    { query: 'order=DESC', param: 'order' },
  ])('should answer 400 naming "$param" for ?$query', async ({ query, param }) => {
    const actual = await api(ctx.sandbox, `/assessments?${query}`);

    expect(actual.status).toBe(400);
    expect(Object.keys(actual.body)).toEqual(['error']);
    expect(actual.body.error).toContain(`'${param}'`);
  });

  it('should ignore unknown query parameters', async () => {
    const actual = await api<AssessmentPage>(ctx.sandbox, '/assessments?depth=2&foo=bar');

    expect(actual.status).toBe(200);
    expect(actual.body.assessments).toHaveLength(20);
  });

  it('should give the empty organization an empty list with totalPages 0', async () => {
    const actual = await api<AssessmentPage>(ctx.sandbox, '/assessments', { key: 'empty' });

    expect(actual.status).toBe(200);
    expect(actual.body).toEqual({ assessments: [], pagination: { page: 1, limit: 20, total: 0, totalPages: 0 } });
  });
});

describe('GET /assessments/{id}', () => {
  const ctx = useSandbox();
  beforeAll(() => ctx.start());
  afterAll(() => ctx.stop());
  beforeEach(() => ctx.sandbox.state.reset());

  it('should return the same fields as the list item plus totalPoints', async () => {
    const listed = (await api<AssessmentPage>(ctx.sandbox, '/assessments?limit=1')).body.assessments[0];

    const actual = await api<AssessmentDetail>(ctx.sandbox, `/assessments/${listed?.id}`);

    expect(actual.status).toBe(200);
    expect(actual.body).toEqual({ ...listed, totalPoints: expect.any(Number) });
  });

  it('should accept an upper-case UUID', async () => {
    const id = ctx.sandbox.state.assessments[3]?.id ?? '';

    const actual = await api<AssessmentDetail>(ctx.sandbox, `/assessments/${id.toUpperCase()}`);

    expect(actual.status).toBe(200);
    expect(actual.body.id).toBe(id);
  });

  it.each([
    { name: 'an unknown UUID', key: 'live' as const, id: (): string => '00000000-0000-4000-8000-000000000000' },
    {
      name: "another org's assessment",
      key: 'empty' as const,
      id: (): string => ctx.sandbox.state.assessments[0]?.id ?? '',
    },
  ])('should answer 404 for $name', async ({ key, id }) => {
    const actual = await api(ctx.sandbox, `/assessments/${id()}`, { key });

    expect(actual.status).toBe(404);
    expect(actual.body).toEqual({ error: 'Assessment not found' });
  });

  it.each(['not-a-uuid', '123', '00000000-0000-4000-8000-00000000000g'])(
    'should answer 400 for the malformed id %s',
    async (id) => {
      const actual = await api(ctx.sandbox, `/assessments/${id}`);

      expect(actual.status).toBe(400);
      expect(actual.body).toEqual({ error: 'Invalid assessment id: must be a UUID' });
    },
  );

  it.each(['/assessments/x/questions', '/members', '/tags', '/assessment_invites'])(
    'should answer 404 Not found for %s',
    async (path) => {
      const actual = await api(ctx.sandbox, path);

      expect(actual.status).toBe(404);
      expect(actual.body).toEqual({ error: 'Not found' });
    },
  );

  it.each(['PUT', 'DELETE', 'PATCH'])('should answer 404 for %s /assessments', async (method) => {
    const actual = await api(ctx.sandbox, '/assessments', { method });

    expect(actual.status).toBe(404);
    expect(actual.body).toEqual({ error: 'Not found' });
  });
});
