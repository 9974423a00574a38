import type {
  AmendmentView,
  DashboardView,
  DueItem,
  MeetingDetail,
  MeetingSummary,
  ProposalView,
  PublishedMeeting,
} from '../../contracts/meetings.js';
import { IdSchema } from '../../model/common.js';
import type { Meeting } from '../../model/meeting.js';
import type { Stored } from '../../ports/repository.js';
import type { Ports } from '../../ports/store.js';
import { semesterCoverage } from '../../rules/r5-1-semester-coverage.js';
import {
  canSeeDocument,
  canSeeMeeting,
  PUBLIC_VIEWER,
  wasAnnounced,
} from '../../rules/visibility.js';
import { compareInstants, localDay } from '../../time.js';
import type { Actor } from '../actor.js';
import { canReadCommittee } from '../actor.js';
import { forbidden, invalid, notFound, success, type Outcome } from '../outcome.js';
import { redactContacts, viewerOf } from '../viewer.js';
import { NOT_A_MEMBER } from '../register/composition.js';
import type { DeliveryViewPorts } from './delivery-view.js';
import { isLoaded, loadContext, loadMeeting, MEETING, type MeetingContext } from './load.js';
import { noticeDeliveryIssues } from './notice-delivery.js';
import {
  amendmentView,
  canRunMeetings,
  meetingDetail,
  meetingSummary,
  permissions,
  proposalView,
  roster,
} from './views.js';

/** Who may see a meeting: the one rule (core/rules/visibility.ts), with the viewer's e-mail. */
function canSee(actor: Actor, meeting: Meeting, context: MeetingContext): boolean {
  return canSeeMeeting(viewerOf(actor, context.people.get(actor.personId)?.email), meeting);
}

export async function listMeetings(ports: Ports, actor: Actor): Promise<Outcome<MeetingSummary[]>> {
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const [meetings, context] = await Promise.all([ports.meetings.list(), loadContext(ports)]);
  return success(
    meetings
      .filter((m) => canSee(actor, m.value, context))
      .map((m) => meetingSummary(m, context))
      .sort((a, b) => b.start.localeCompare(a.start)),
  );
}

export async function getMeeting(
  ports: Ports,
  actor: Actor,
  meetingId: string,
): Promise<Outcome<MeetingDetail>> {
  const id = IdSchema.safeParse(meetingId);
  if (!id.success) return invalid(id.error);
  const stored = await loadMeeting(ports, id.data);
  if (!isLoaded(stored)) return stored;
  const context = await loadContext(ports);
  if (!canSee(actor, stored.value, context)) {
    // A meeting the members were never told of does not exist for them; one they were told of
    // but that is not theirs (not invited) is forbidden, as before.
    return wasAnnounced(stored.value) ? forbidden(NOT_A_MEMBER) : notFound(MEETING);
  }
  const viewer = viewerOf(actor, context.people.get(actor.personId)?.email);
  return success(redactContacts(await meetingDetail(ports, actor, stored, context), viewer));
}

export async function getProposal(
  ports: Ports,
  actor: Actor,
  proposalId: string,
): Promise<Outcome<ProposalView>> {
  const id = IdSchema.safeParse(proposalId);
  if (!id.success) return invalid(id.error);
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const stored = await ports.proposals.get(id.data);
  const missing = notFound({ fr: 'proposition', ar: 'الاقتراح', en: 'proposal' });
  if (!stored) return missing;
  // A proposal follows its meeting (core/rules/visibility.ts).
  const [meeting, context] = await Promise.all([
    ports.meetings.get(stored.value.meetingId),
    loadContext(ports),
  ]);
  if (!meeting || !canSee(actor, meeting.value, context)) return missing;
  return success(redactContacts(proposalView(stored, context, actor), viewerOf(actor)));
}

export async function getAmendment(
  ports: Ports,
  actor: Actor,
  amendmentId: string,
): Promise<Outcome<AmendmentView>> {
  const id = IdSchema.safeParse(amendmentId);
  if (!id.success) return invalid(id.error);
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const stored = await ports.amendments.get(id.data);
  const missing = notFound({ fr: 'amendement', ar: 'التعديل', en: 'amendment' });
  if (!stored) return missing;
  // An amendment follows its meeting's minutes (core/rules/visibility.ts).
  const [meeting, context] = await Promise.all([
    ports.meetings.get(stored.value.meetingId),
    loadContext(ports),
  ]);
  if (!meeting || !canSee(actor, meeting.value, context)) return missing;
  return success(redactContacts(amendmentView(stored, context, actor), viewerOf(actor)));
}

const coverageStatus = (meeting: Meeting): 'scheduled' | 'held' | 'cancelled' =>
  meeting.status === 'cancelled'
    ? 'cancelled'
    : ['held', 'minutes_shared', 'amendment_closed', 'published'].includes(meeting.status)
      ? 'held'
      : 'scheduled';

/** What is due from `actor`, meeting by meeting, with its deadline. */
async function dueItems(
  ports: Ports,
  actor: Actor,
  meetings: Stored<Meeting>[],
  context: MeetingContext,
): Promise<DueItem[]> {
  const today = localDay(context.now);
  const items: DueItem[] = [];
  for (const stored of meetings) {
    const m = stored.value;
    if (m.status === 'cancelled' || m.status === 'published') continue;
    const summary = meetingSummary(stored, context);
    const d = summary.deadlines;
    const [proposals, amendments] = await Promise.all([
      ports.proposals.findBy('meetingId', m.id),
      ports.amendments.findBy('meetingId', m.id),
    ]);
    const { can, cannot } = permissions(
      m,
      actor,
      context,
      proposals.map((p) => p.value),
    );
    const base = { meetingId: m.id, title: m.title };
    // A notice R5.2 now refuses is still the secretariat's to deal with (late: move the meeting).
    const noticeDue = can.sendNotice || cannot.sendNotice?.kind === 'rule';
    if (noticeDue && compareInstants(context.now, m.start) < 0) {
      items.push({ ...base, kind: 'send-notice', dueDay: d.noticeBy, late: today > d.noticeBy });
    }
    if (can.propose && d.proposalsCloseAt) {
      items.push({ ...base, kind: 'propose', dueAt: d.proposalsCloseAt, late: false });
    }
    if (can.answerProposals)
      items.push({ ...base, kind: 'answer-proposals', dueAt: m.start, late: false });
    if (can.recordAttendance && m.status === 'noticed') {
      items.push({ ...base, kind: 'record-attendance', dueAt: m.end, late: false });
    }
    if (can.shareMinutes && d.minutesShareBy) {
      items.push({
        ...base,
        kind: 'share-minutes',
        dueDay: d.minutesShareBy,
        late: today > d.minutesShareBy,
      });
    }
    if (can.amend && d.amendmentsUntil) {
      items.push({ ...base, kind: 'amend', dueDay: d.amendmentsUntil, late: false });
    }
    if (
      canRunMeetings(actor) &&
      m.status === 'minutes_shared' &&
      amendments.some((a) => a.value.status === 'pending') &&
      d.amendmentsUntil
    ) {
      items.push({ ...base, kind: 'answer-amendments', dueDay: d.amendmentsUntil, late: false });
    }
    if (can.publish && d.publishableFrom) {
      items.push({ ...base, kind: 'publish', dueDay: d.publishableFrom, late: false });
    }
  }
  return items;
}

/** The dashboard: what is due from the signed-in person and by when; the secretariat's overview. */
export async function getDashboard(
  ports: DeliveryViewPorts,
  actor: Actor,
): Promise<Outcome<DashboardView>> {
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const [all, context] = await Promise.all([ports.meetings.list(), loadContext(ports)]);
  const meetings = all.filter((m) => canSee(actor, m.value, context));
  const summaries = meetings.map((m) => meetingSummary(m, context));
  const upcoming = summaries
    .filter((m) => m.status !== 'cancelled' && compareInstants(m.end, context.now) >= 0)
    .sort((a, b) => a.start.localeCompare(b.start));
  const view: DashboardView = {
    asOf: context.now,
    due: await dueItems(ports, actor, meetings, context),
    upcoming,
  };
  if (canRunMeetings(actor)) {
    const coverage = semesterCoverage({
      meetings: meetings.map((m) => ({
        day: localDay(m.value.start),
        status: coverageStatus(m.value),
      })),
      today: localDay(context.now),
    });
    const [undeliverable, failed] = await Promise.all([
      ports.outbox.findBy('status', 'undeliverable'),
      ports.outbox.findBy('status', 'failed'),
    ]);
    view.secretariat = {
      semester: {
        ...coverage.semester,
        covered: coverage.covered,
        flag: coverage.flag,
        daysRemaining: coverage.daysRemaining,
        ...(coverage.verdict.ok ? {} : { violation: coverage.verdict }),
      },
      flagged: summaries.filter((m) => m.flags.length > 0),
      undelivered: undeliverable.length + failed.length,
      notices: await noticeDeliveryIssues(ports, actor, meetings, context),
    };
  }
  return success(view);
}

/**
 * The public export (R5.6, R2.1): exactly the published meetings, with their agenda, the
 * participant list (people present, their organisation and capacity) and the minutes.
 */
export async function publicMeetings(ports: Ports): Promise<PublishedMeeting[]> {
  const [published, context] = await Promise.all([
    ports.meetings.findBy('status', 'published'),
    loadContext(ports),
  ]);
  const result: PublishedMeeting[] = [];
  for (const stored of published) {
    const m = stored.value;
    if (!canSeeMeeting(PUBLIC_VIEWER, m)) continue;
    const attendance = (await ports.attendance.findBy('meetingId', m.id)).map((a) => a.value);
    const minutes = m.minutesDocumentId
      ? await ports.files.describe(m.minutesDocumentId)
      : undefined;
    result.push({
      id: m.id,
      title: m.title,
      start: m.start,
      publishedAt: m.publishedAt ?? m.start,
      agenda: m.agenda.map((a) => ({
        title: a.title,
        ...(a.presenter ? { presenter: a.presenter } : {}),
      })),
      participants: roster(m, context, attendance)
        .filter((r) => r.status === 'present')
        .map((r) => ({
          name: r.person.displayName,
          capacity: r.capacity,
          ...(r.organisation ? { organisation: r.organisation } : {}),
        })),
      ...(minutes
        ? {
            minutes: {
              name: minutes.name,
              url: `/public/documents/${minutes.id}`,
              sha256: minutes.sha256,
            },
          }
        : {}),
    });
  }
  return result.sort((a, b) => b.start.localeCompare(a.start));
}

/** A published meeting's minutes, for the public; anything else is not found. */
export async function publicDocument(ports: Ports, documentId: string) {
  const [published, ref] = await Promise.all([
    ports.meetings.findBy('status', 'published'),
    ports.files.describe(documentId),
  ]);
  if (!ref) return undefined;
  const minutesOf = published.map((m) => m.value).filter((m) => m.minutesDocumentId === documentId);
  if (!canSeeDocument(PUBLIC_VIEWER, ref, { minutesOf })) return undefined;
  return ports.files.get(documentId);
}
