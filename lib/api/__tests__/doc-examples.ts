// The payloads docs/api.md describes, one per documented version (its §0 labels), for schema tests.

const invite = {
  id: '3f1c2b4a-5d6e-4f70-8a9b-0c1d2e3f4a5b',
  assessmentId: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  assessmentName: 'Senior Frontend Engineer',
  recipientEmail: 'candidate@example.com',
  recipientName: null,
  status: 'pending',
  questionReplayLimit: 1,
  answerRecordLimit: 1,
  sentAt: '2025-01-15T12:00:00.000Z',
  expiresAt: '2025-02-14T12:00:00.000Z',
  acceptedAt: null,
  startedAt: null,
  completedAt: null,
};

const { status: _omitStatus, ...inviteWithoutStatus } = invite;

const assessment = {
  id: '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d',
  name: 'Senior Frontend Engineer',
  defaultQuestionFormat: 'video',
  defaultAnswerFormat: 'mixed',
  languages: ['en', 'es'],
  questionCount: 8,
  inviteCount: 42,
  createdAt: '2025-01-10T09:30:00.000Z',
  updatedAt: '2025-01-12T16:45:00.000Z',
};

const inviteDetail = {
  ...invite,
  status: 'accepted',
  acceptedAt: '2025-01-16T08:00:00.000Z',
  assignedGrader: { id: 'usr_123', firstName: 'Ada', lastName: 'Grader', email: 'ada@example.com' },
  proctoringSettings: { screenRecording: true, webcamMonitoring: true, requireIdCapture: false },
  customMessage: 'Good luck!',
  revokedAt: null,
};

export const DOC_EXAMPLES = {
  /** QS: GET /assessments, no pagination object. */
  assessmentsQuickstart: { assessments: [assessment] },
  /** INTRO-new: a paginated list (total 87, limit 20 → 5 pages). */
  assessmentsPaginated: { assessments: [assessment], pagination: { page: 1, limit: 20, total: 87, totalPages: 5 } },
  /** GET-ASMT: bare detail with totalPoints. */
  assessmentDetail: { ...assessment, totalPoints: 80 },
  /** QS / CREATE-INV: 201 wraps the invite; QS has status, CREATE-INV does not. */
  createQuickstart: { invite },
  createWithoutStatus: { invite: inviteWithoutStatus },
  /** LIST-INV-new: paginated, items without status. */
  invitesNew: { invites: [inviteWithoutStatus], pagination: { page: 1, limit: 20, total: 1, totalPages: 1 } },
  /** LIST-INV-old: everything, no pagination, with status. */
  invitesOld: { invites: [invite] },
  /** GET-INV: the full invite, bare. */
  inviteDetailBare: inviteDetail,
  /** A wrapped detail, for servers that wrap like create does. */
  inviteDetailWrapped: { invite: inviteDetail },
} as const;
