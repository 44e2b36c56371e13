import type { QueuedFault } from './faults';
import { createRng } from './random';
import type { Rng } from './random';
import type { RequestLogEntry } from './request-log';
import { SANDBOX_ORGS } from './keys';
import { createSeed, SEED_ANCHOR_MS, type SeedScale } from './seed';
import type { Org, StoredAssessment, StoredInvite } from './types';

/** Switches that change how the API behaves; settable at start and via POST /__sandbox/mode. */
export interface SandboxMode {
  /** Old-docs shapes (docs/api.md §9 #2, #6): no pagination, no `status` in list/create items. */
  legacy: boolean;
  rateLimitPerMinute: number;
  /** Send `Retry-After` on 429. Off by default because AlfaOne doesn't document it. */
  retryAfterOn429: boolean;
  /** When false every response carries `Connection: close`, so clients never reuse a connection. */
  keepAlive: boolean;
  /** Answer 409 to a second pending invite for the same address and assessment. AlfaOne documents no such rule,
   *  so it is off by default: the extension's guarantees must hold without it (docs/security.md REL-5). */
  conflictOnDuplicatePending: boolean;
}

export const DEFAULT_MODE: SandboxMode = {
  legacy: false,
  rateLimitPerMinute: 100,
  retryAfterOn429: false,
  keepAlive: true,
  conflictOnDuplicatePending: false,
};

export interface SandboxStateOptions extends Partial<SandboxMode> {
  /** Clock for sentAt, rate windows and the request log. Defaults to Date.now. */
  now?: () => number;
  /** Instant the seed timestamps count back from. Defaults to SEED_ANCHOR_MS. */
  seedAnchorMs?: number;
  /** How much data the seed holds (SANDBOX_SCALE; sandbox/README.md). Defaults to `default`. */
  seedScale?: SeedScale;
}

const ID_SEED = 0x5eed_1d5;

/** Everything the sandbox remembers. Mutable on purpose: handlers and the control API edit it in place. */
export class SandboxState {
  readonly now: () => number;
  orgs: Org[] = [];
  assessments: StoredAssessment[] = [];
  invites: StoredInvite[] = [];
  requests: RequestLogEntry[] = [];
  faults: QueuedFault[] = [];
  /** Accepted request times per API key, for the sliding window. */
  rateWindows = new Map<string, number[]>();
  mode: SandboxMode;

  readonly #initialMode: SandboxMode;
  readonly #seedAnchorMs: number;
  readonly #seedScale: SeedScale;
  #ids: Rng = createRng(ID_SEED);

  constructor(options: SandboxStateOptions = {}) {
    this.now = options.now ?? Date.now;
    this.#seedAnchorMs = options.seedAnchorMs ?? SEED_ANCHOR_MS;
    this.#seedScale = options.seedScale ?? 'default';
    this.#initialMode = {
      legacy: options.legacy ?? DEFAULT_MODE.legacy,
      rateLimitPerMinute: options.rateLimitPerMinute ?? DEFAULT_MODE.rateLimitPerMinute,
      retryAfterOn429: options.retryAfterOn429 ?? DEFAULT_MODE.retryAfterOn429,
      keepAlive: options.keepAlive ?? DEFAULT_MODE.keepAlive,
      conflictOnDuplicatePending: options.conflictOnDuplicatePending ?? DEFAULT_MODE.conflictOnDuplicatePending,
    };
    this.mode = { ...this.#initialMode };
    this.reset();
  }

  /**
   * Back to the state at start: seed data, empty log, no faults, fresh rate windows and the
   * start-up mode, so one test's settings never leak into the next. `scale` seeds that much data until the
   * next reset.
   */
  reset(scale: SeedScale = this.#seedScale): void {
    const seed = createSeed(this.#seedAnchorMs, scale);
    this.orgs = seed.orgs;
    this.assessments = seed.assessments;
    this.invites = seed.invites;
    this.requests = [];
    this.faults = [];
    this.rateWindows = new Map();
    this.mode = { ...this.#initialMode };
    this.#ids = createRng(ID_SEED);
  }

  /** A plain text assessment of the sandbox's main organization, created at `createdMs` (control API). */
  addAssessment(name: string, createdMs: number): StoredAssessment {
    const at = new Date(createdMs).toISOString();
    const assessment: StoredAssessment = {
      id: this.newId(),
      orgId: SANDBOX_ORGS.northwind.id,
      name,
      defaultQuestionFormat: 'text',
      defaultAnswerFormat: 'text',
      languages: ['en'],
      questionCount: 5,
      inviteCount: 0,
      createdAt: at,
      updatedAt: at,
      totalPoints: 50,
    };
    this.assessments.unshift(assessment);
    return assessment;
  }

  /** Ids for created invites: deterministic after every reset. */
  newId(): string {
    return this.#ids.uuid();
  }
}
