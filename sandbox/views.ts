import type {
  Assessment,
  AssessmentDetail,
  InviteDetail,
  InviteSummary,
  StoredAssessment,
  StoredInvite,
} from './types';

/** Stored records → wire shapes. Fields are picked one by one so nothing internal (orgId) leaks. */

export function toAssessment(a: StoredAssessment): Assessment {
  return {
    id: a.id,
    name: a.name,
    defaultQuestionFormat: a.defaultQuestionFormat,
    defaultAnswerFormat: a.defaultAnswerFormat,
    languages: [...a.languages],
    questionCount: a.questionCount,
    inviteCount: a.inviteCount,
    createdAt: a.createdAt,
    updatedAt: a.updatedAt,
  };
}

export function toAssessmentDetail(a: StoredAssessment): AssessmentDetail {
  return { ...toAssessment(a), totalPoints: a.totalPoints };
}

/** List/create item. Legacy mode drops `status`, as the LIST-INV-new and CREATE-INV samples do (§9 #6). */
export function toInviteSummary(i: StoredInvite, legacy: boolean): InviteSummary {
  return {
    id: i.id,
    assessmentId: i.assessmentId,
    assessmentName: i.assessmentName,
    recipientEmail: i.recipientEmail,
    recipientName: i.recipientName,
    ...(legacy ? {} : { status: i.status }),
    questionReplayLimit: i.questionReplayLimit,
    answerRecordLimit: i.answerRecordLimit,
    sentAt: i.sentAt,
    expiresAt: i.expiresAt,
    acceptedAt: i.acceptedAt,
    startedAt: i.startedAt,
    completedAt: i.completedAt,
  };
}

export function toInviteDetail(i: StoredInvite): InviteDetail {
  return {
    ...toInviteSummary(i, false),
    status: i.status,
    assignedGrader: i.assignedGrader ? { ...i.assignedGrader } : null,
    proctoringSettings: { ...i.proctoringSettings },
    customMessage: i.customMessage,
    revokedAt: i.revokedAt,
  };
}
