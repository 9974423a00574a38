import { z } from 'zod';
import {
  AnswerProposalRequestSchema,
  RecordAttendanceRequestSchema,
  SubmitAmendmentRequestSchema,
  SubmitProposalRequestSchema,
} from '../core/contracts/meetings.js';
import { IdSchema } from '../core/model/common.js';
import { isWallClock } from '../core/time.js';
import type { Actor } from '../core/usecases/actor.js';
import type { AppPorts } from '../core/usecases/meetings/app-ports.js';
import {
  answerProposal,
  getMeeting,
  recordAttendance,
  sendNotice,
  submitAmendment,
  submitProposal,
} from '../core/usecases/meetings/index.js';
import { invalid, type Refusal } from '../core/usecases/outcome.js';
import { attendanceCard } from './cards/attendance-card.js';
import type { AdaptiveCard } from './cards/card.js';
import { errorCard } from './cards/error-card.js';
import type { ProposalDraft } from './cards/meeting-notice-card.js';
import {
  MEETING_VERBS,
  MEETING_VIEWS,
  type Feedback,
  type MeetingVerb,
} from './cards/meeting-parts.js';
import { notMemberCard } from './cards/not-member-card.js';
import { noticeRecorded } from './cards/notice-delivery.js';
import { localized, type Locale, type MessageKey } from './i18n.js';
import type { Built, CardContext } from './card-context.js';
import { meetingCard, proposalCard, refusalFeedback, type CardExtras } from './meeting-cards.js';
import type { OnceGate } from './once.js';

/** What a meeting handler knows: the actor comes from the activity, never from card data. */
export interface MeetingTurn {
  ports: AppPorts;
  /** Resolved from `from.aadObjectId`; undefined when the account is not in the register. */
  actor: Actor | undefined;
  locale: Locale;
  /** Who the returned card refreshes for (the person, or the channel's members). */
  refreshUserIds: readonly string[];
  gate: OnceGate;
}

/** A verb's handler: the card data (inputs and the button's data) in, the replacing card out. */
export type MeetingHandler = (
  turn: MeetingTurn,
  actor: Actor,
  data: Record<string, unknown>,
) => Promise<AdaptiveCard>;

export function isMeetingVerb(verb: unknown): verb is MeetingVerb {
  return typeof verb === 'string' && (MEETING_VERBS as readonly string[]).includes(verb);
}

const Text = z.string().max(20_000).optional();

const RefreshData = z.object({
  meetingId: IdSchema,
  view: z.enum(MEETING_VIEWS).optional(),
  proposalId: IdSchema.optional(),
});
const ProposeData = z.object({
  meetingId: IdSchema,
  proposalKind: z.enum(['agenda_item', 'date']).optional(),
  proposalText: Text,
  proposalDate: Text,
  proposalTime: Text,
});
const AnswerData = z.object({
  proposalId: IdSchema,
  version: z.string().min(1).max(100),
  decision: z.enum(['accepted', 'rejected']),
  answerReason: Text,
});
const AmendData = z.object({ meetingId: IdSchema, amendmentText: Text });
const SendNoticeData = z.object({ meetingId: IdSchema, version: z.string().min(1).max(100) });
const AttendanceData = z.object({ meetingId: IdSchema, present: Text });

/** One handler per verb; adding a verb without its handler fails to compile. */
export const meetingRoutes: Record<MeetingVerb, MeetingHandler> = {
  'meeting.refresh': async (turn, actor, data) => {
    const parsed = RefreshData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { meetingId, view = 'notice', proposalId } = parsed.data;
    return render(
      turn,
      meetingCard(context(turn, actor), meetingId, view, { ...(proposalId ? { proposalId } : {}) }),
    );
  },

  // R5.2: the secretariat sends the notice from its card. The outbox delivers it after this
  // answer, so the card says it is recorded and queued — with who cannot be reached — never
  // "sent"; the card then refreshes with the delivery as it goes.
  'meeting.sendNotice': async (turn, actor, data) => {
    const parsed = SendNoticeData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { meetingId, version } = parsed.data;
    const again = (extras: CardExtras = {}) =>
      render(turn, meetingCard(context(turn, actor), meetingId, 'notice', extras));
    const { result: outcome, joined } = await turn.gate.run(`notice|${meetingId}|${version}`, () =>
      sendNotice(turn.ports, actor, meetingId, { version }),
    );
    if (joined) return again();
    if (!outcome.ok) {
      if (outcome.reason === 'not_found') return refused(turn, outcome);
      return again({ feedback: refusalFeedback(outcome) });
    }
    const delivery = outcome.value.noticeDelivery;
    return again({
      feedback: delivery
        ? { type: 'done', message: noticeRecorded(delivery) }
        : done('notice.recordedUntracked'),
    });
  },

  'minutes.refresh': async (turn, actor, data) => {
    const parsed = RefreshData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    return render(turn, meetingCard(context(turn, actor), parsed.data.meetingId, 'minutes'));
  },

  // R5.3: a member proposes an agenda item or another date while the window is open.
  'meeting.propose': async (turn, actor, data) => {
    const parsed = ProposeData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { meetingId, proposalKind: kind = 'agenda_item' } = parsed.data;
    const draft = proposalDraft(parsed.data);
    const again = (extras: CardExtras) =>
      render(turn, meetingCard(context(turn, actor), meetingId, 'notice', extras));
    const text = (parsed.data.proposalText ?? '').trim();
    if (!text) return again({ feedback: problem('propose.text.required'), draft });
    let proposedStart: string | undefined;
    if (kind === 'date') {
      proposedStart = typedWallClock(parsed.data.proposalDate, parsed.data.proposalTime);
      if (!proposedStart) return again({ feedback: problem('propose.date.required'), draft });
    }
    // The request as the API takes it (a date in Morocco's wall-clock form), checked here so
    // that a bad field keeps the member's draft on the card.
    const input = { kind, text, ...(proposedStart ? { proposedStart } : {}) };
    const body = SubmitProposalRequestSchema.safeParse(input);
    if (!body.success) return again({ feedback: refusalFeedback(invalid(body.error)), draft });
    // Two clicks at once run once here; the use case tells a repeat (the same proposal already
    // recorded, core's normalisation of the text) from a new one.
    const key = ['proposal', actor.personId, meetingId, kind, text, proposedStart ?? ''].join('|');
    const { result: outcome, joined } = await turn.gate.run(key, () =>
      submitProposal(turn.ports, actor, meetingId, input),
    );
    if (joined || (outcome.ok && outcome.repeated)) {
      return again({ feedback: done('refused.already') });
    }
    if (outcome.ok) return again({ feedback: done('propose.sent') });
    if (outcome.reason === 'not_found') return refused(turn, outcome);
    // R5.3 after the window: the same card, now showing the window closed, with the rule.
    return again({
      feedback: refusalFeedback(outcome),
      ...(outcome.reason === 'rule' ? {} : { draft }),
    });
  },

  // The secretariat accepts or rejects a proposal, always with a reason the proposer receives.
  'proposal.answer': async (turn, actor, data) => {
    const parsed = AnswerData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { proposalId, version, decision } = parsed.data;
    const reason = (parsed.data.answerReason ?? '').trim();
    const again = (extras: CardExtras = {}) =>
      render(turn, proposalCard(context(turn, actor), proposalId, extras));
    if (!reason) return again({ feedback: problem('answer.reason.required') });
    const body = AnswerProposalRequestSchema.safeParse({ decision, reason, version });
    if (!body.success) {
      return again({ feedback: refusalFeedback(invalid(body.error)), draftText: reason });
    }
    const { result: outcome, joined } = await turn.gate.run(`answer|${proposalId}`, () =>
      answerProposal(turn.ports, actor, proposalId, body.data),
    );
    if (joined || outcome.ok) return again();
    if (outcome.reason === 'not_found') return refused(turn, outcome);
    return again({
      feedback: refusalFeedback(outcome),
      ...(outcome.reason === 'invalid' ? { draftText: reason } : {}),
    });
  },

  // R5.5: a member amends the shared minutes during the 2 business days that follow.
  'minutes.amend': async (turn, actor, data) => {
    const parsed = AmendData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { meetingId } = parsed.data;
    const text = (parsed.data.amendmentText ?? '').trim();
    const again = (extras: CardExtras) =>
      render(turn, meetingCard(context(turn, actor), meetingId, 'minutes', extras));
    if (!text) return again({ feedback: problem('amend.text.required') });
    const body = SubmitAmendmentRequestSchema.safeParse({ text });
    if (!body.success) {
      return again({ feedback: refusalFeedback(invalid(body.error)), draftText: text });
    }
    // Two clicks at once run once here; the use case tells a repeat from a new amendment.
    const key = ['amendment', actor.personId, meetingId, text].join('|');
    const { result: outcome, joined } = await turn.gate.run(key, () =>
      submitAmendment(turn.ports, actor, meetingId, body.data),
    );
    if (joined || (outcome.ok && outcome.repeated)) {
      return again({ feedback: done('refused.already') });
    }
    if (outcome.ok) return again({ feedback: done('amend.sent') });
    if (outcome.reason === 'not_found') return refused(turn, outcome);
    return again({
      feedback: refusalFeedback(outcome),
      ...(outcome.reason === 'rule' ? {} : { draftText: text }),
    });
  },

  // Attendance during the meeting: ticked people present, the others absent (R12.1 counts).
  'attendance.record': async (turn, actor, data) => {
    const parsed = AttendanceData.safeParse(data);
    if (!parsed.success) return refused(turn, invalid(parsed.error));
    const { meetingId } = parsed.data;
    const loaded = await getMeeting(turn.ports, actor, meetingId);
    if (!loaded.ok) return refused(turn, loaded);
    const ticked = new Set(
      (parsed.data.present ?? '')
        .split(',')
        .map((id) => id.trim())
        .filter(Boolean),
    );
    // Only the roster's people can be recorded; an excused absence stays excused.
    type Entry = { personId: string; status: 'present' | 'absent' };
    const entries = loaded.value.attendance.flatMap((entry): Entry[] => {
      const present = ticked.has(entry.person.id);
      if (present && entry.status !== 'present') {
        return [{ personId: entry.person.id, status: 'present' }];
      }
      if (!present && entry.status !== 'absent' && entry.status !== 'excused') {
        return [{ personId: entry.person.id, status: 'absent' }];
      }
      return [];
    });
    const card = (meeting: typeof loaded.value, feedback: Feedback) =>
      attendanceCard({ meeting, refreshUserIds: turn.refreshUserIds, feedback }, turn.locale);
    if (entries.length === 0) return card(loaded.value, done('card.attendance.saved'));
    const body = RecordAttendanceRequestSchema.safeParse({ entries });
    if (!body.success) return card(loaded.value, refusalFeedback(invalid(body.error)));
    const { result: outcome } = await turn.gate.run(`attendance|${meetingId}`, () =>
      recordAttendance(turn.ports, actor, meetingId, body.data),
    );
    if (outcome.ok) return card(outcome.value, done('card.attendance.saved'));
    if (outcome.reason === 'not_found') return refused(turn, outcome);
    return card(loaded.value, refusalFeedback(outcome));
  },
};

/** Runs the verb's handler for the activity's actor; someone outside the register gets no data. */
export async function handleMeetingAction(
  turn: MeetingTurn,
  verb: MeetingVerb,
  data: unknown,
): Promise<AdaptiveCard> {
  if (!turn.actor) return notMemberCard({}, turn.locale);
  const payload = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  return meetingRoutes[verb](turn, turn.actor, payload);
}

function context(turn: MeetingTurn, actor: Actor): CardContext {
  return {
    ports: turn.ports,
    actor,
    locale: turn.locale,
    refreshUserIds: turn.refreshUserIds,
  };
}

async function render(turn: MeetingTurn, built: Promise<Built>): Promise<AdaptiveCard> {
  const outcome = await built;
  return outcome.ok ? outcome.value : refused(turn, outcome);
}

/**
 * A refusal with no card to show it on: the person may not read the meeting, it does not
 * exist, or the card data is malformed. (A refused action on a readable meeting is shown on
 * the meeting's card instead, with the refusal's sentence.)
 */
function refused(turn: MeetingTurn, refusal: Refusal): AdaptiveCard {
  return refusal.reason === 'forbidden'
    ? notMemberCard({ message: refusal.message }, turn.locale)
    : errorCard({ message: refusal.message }, turn.locale);
}

const problem = (key: MessageKey): Feedback => ({ type: 'refused', message: localized(key) });
const done = (key: MessageKey): Feedback => ({ type: 'done', message: localized(key) });

function proposalDraft(data: z.infer<typeof ProposeData>): ProposalDraft {
  return {
    ...(data.proposalKind ? { kind: data.proposalKind } : {}),
    ...(data.proposalText ? { text: data.proposalText.slice(0, 1000) } : {}),
    ...(data.proposalDate ? { date: data.proposalDate.slice(0, 10) } : {}),
    ...(data.proposalTime ? { time: data.proposalTime.slice(0, 5) } : {}),
  };
}

/**
 * A date and time typed in the card (Input.Date `YYYY-MM-DD`, Input.Time `HH:mm`) are Morocco
 * time: sent to the use case as the API's wall-clock form `YYYY-MM-DDTHH:mm`, which it converts
 * with the carried tz data (core/time.ts); undefined when either is missing or malformed.
 */
export function typedWallClock(
  date: string | undefined,
  time: string | undefined,
): string | undefined {
  if (!date || !time) return undefined;
  const wallClock = `${date.trim().slice(0, 10)}T${time.trim().slice(0, 5)}`;
  return isWallClock(wallClock) ? wallClock : undefined;
}
