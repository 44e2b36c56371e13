// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { defineItem } from '@/lib/storage/item';
import { writeRecord } from '@/lib/storage/db';
import { assessmentsCache } from '@/lib/storage/items';

describe('a stored item', () => {
  it('should read its fallback until set, and again once removed', async () => {
    const item = defineItem<string[]>('test:list', { fallback: [], version: 1 });
    expect(await item.getValue()).toEqual([]);

    await item.setValue(['a']);
    expect(await item.getValue()).toEqual(['a']);

    await item.removeValue();
    expect(await item.getValue()).toEqual([]);
  });

  it('should tell every watcher about a change, with the value before it', async () => {
    const item = defineItem<number>('test:count', { fallback: 0, version: 1 });
    const seen: [number, number][] = [];
    const unwatch = item.watch((value, previous) => seen.push([value, previous]));

    await item.setValue(1);
    await expect.poll(() => seen).toEqual([[1, 0]]);
    await item.setValue(2);
    await expect
      .poll(() => seen)
      .toEqual([
        [1, 0],
        [2, 1],
      ]);

    unwatch();
    await item.setValue(3);
    await item.getValue();
    expect(seen).toHaveLength(2);
  });

  it('should run the migration hooks from the stored version up to its own, once', async () => {
    await writeRecord('test:tier', { v: 1, value: 'gold' });
    const item = defineItem<{ tier: string }>('test:tier', {
      fallback: { tier: 'none' },
      version: 2,
      migrations: { 2: (previous) => ({ tier: String(previous) }) },
    });

    expect(await item.getValue()).toEqual({ tier: 'gold' });
    expect(await item.getValue()).toEqual({ tier: 'gold' });
  });

  it("should drop version 1's one list of assessments, which does not say whose key it was fetched with", async () => {
    const list = { baseUrl: 'https://api.example.com/v1', fetchedAt: 1, assessments: [] };
    await writeRecord('assessmentsCache', { v: 1, value: { ...list, mode: 'test' } });
    expect(await assessmentsCache.getValue()).toEqual({});

    await writeRecord('assessmentsCache', { v: 1, value: null });
    expect(await assessmentsCache.getValue()).toEqual({});
  });
});
