import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { OutboxEntry } from '../entry';
import { MAX_POSTS, TABLE, transition, type OutboxEventType } from '../transition';
import { entryIn, eventOf } from './sample-entry';

// docs/security.md REL-5 as a property: whatever faults, restarts, holds and key changes come, in any order, no
// second POST leaves before reconcile has looked (or AlfaOne said outright that the POST created nothing).

const EVENTS = Object.keys(TABLE) as OutboxEventType[];
/** Answers that prove the POST before created nothing: a 429 or a 401 (both rejected before processing), a 400/404. */
const PROOF_OF_NOTHING = new Set<OutboxEventType>(['not-found', 'rate-limited', 'hold', 'rejected']);

describe('REL-5 over any sequence of events', () => {
  it('should never make a second POST before reconcile has looked', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...EVENTS), { maxLength: 60 }), fc.boolean(), (types, checkDuplicates) => {
        let entry: OutboxEntry = entryIn('queued', { checkDuplicates });
        let mayBeOut = false;
        let now = 0;
        for (const type of types) {
          const before = entry;
          entry = transition(entry, eventOf(type, (now += 1_000)));
          if (entry === before) continue;
          if (type === 'post') {
            expect(mayBeOut).toBe(false);
            mayBeOut = true;
          } else if (before.state === 'sending' && PROOF_OF_NOTHING.has(type)) {
            mayBeOut = false;
          } else if (type === 'not-found') {
            mayBeOut = false;
          }
          // What the entry says about itself agrees with what happened.
          expect(entry.unsure).toBe(mayBeOut && entry.state !== 'sent');
        }
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("REL-5's bound on re-sends over any sequence of events", () => {
  // Events weighted towards the loop that used to run for good: a POST that always ends ambiguous, found nowhere.
  const LOOP: OutboxEventType[] = ['post', 'ambiguous', 'orphaned', 'not-found', 'retry'];

  it('should keep posts at or below 3, counting only POSTs that may have reached AlfaOne', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...LOOP), fc.constantFrom(...EVENTS)), { maxLength: 80 }),
        (types) => {
          let entry: OutboxEntry = entryIn('queued');
          /** POSTs that may have reached AlfaOne: not answered before processing (429, 401). */
          let reached = 0;
          let now = 0;
          for (const type of types) {
            const before = entry;
            entry = transition(entry, eventOf(type, (now += 1_000)));
            if (entry.state === 'sending' && before.state !== 'sending') reached += 1;
            else if (before.state === 'sending' && (type === 'rate-limited' || type === 'hold')) reached -= 1;
            expect(entry.posts).toBe(reached);
            expect(entry.posts).toBeLessThanOrEqual(MAX_POSTS);
          }
        },
      ),
      { numRuns: 2_000 },
    );
  });
});
