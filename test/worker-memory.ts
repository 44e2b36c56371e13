import { beforeEach } from 'vitest';
import { forgetLiveReads } from '@/entrypoints/background/outbox/live-snapshot';

// What the background keeps in memory between calls starts empty in each test, as in a worker just started: a
// duplicate check must not reuse a read of the sandbox another test made.
beforeEach(() => forgetLiveReads());
