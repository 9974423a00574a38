import type { z } from 'zod';
import type { UpdateMeetingRequestSchema } from '../../contracts/meetings.js';
import type { Localized } from '../../i18n/localized.js';
import type { AgendaItem, Meeting } from '../../model/meeting.js';

/** What an update may change besides the times (moving is the workflow's, R5.2). */
export type MeetingPatch = Omit<
  z.output<typeof UpdateMeetingRequestSchema>,
  'version' | 'start' | 'end'
>;

export type PatchResult =
  { ok: true; meeting: Meeting } | { ok: false; path: string; message: Localized };

const UNKNOWN_ITEM: Localized = {
  fr: "Ce point ne fait pas partie de l'ordre du jour de cette réunion.",
  ar: 'هذه النقطة ليست من جدول أعمال هذا الاجتماع.',
  en: 'This item is not on this meeting’s agenda.',
};

const REPEATED_ITEM: Localized = {
  fr: "Ce point figure deux fois dans l'ordre du jour envoyé.",
  ar: 'ترد هذه النقطة مرتين في جدول الأعمال المرسل.',
  en: 'This item appears twice in the agenda sent.',
};

/** `undefined` keeps the current value, `null` removes it, a value replaces it. */
function optional<T>(sent: T | null | undefined, current: T | undefined): T | undefined {
  return sent === undefined ? current : (sent ?? undefined);
}

function withOptional<K extends string, T>(key: K, value: T | undefined): { [P in K]?: T } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: T };
}

function patchAgenda(
  current: AgendaItem[],
  sent: NonNullable<MeetingPatch['agenda']>,
  newId: () => string,
): PatchResult | AgendaItem[] {
  const seen = new Set<string>();
  const agenda: AgendaItem[] = [];
  for (const [index, item] of sent.entries()) {
    if (item.id === undefined) {
      // A new item: the schema requires its title.
      agenda.push({
        id: newId(),
        title: item.title ?? '',
        documentIds: item.documentIds ?? [],
        ...withOptional('presenter', item.presenter ?? undefined),
      });
      continue;
    }
    const existing = current.find((c) => c.id === item.id);
    if (!existing) return { ok: false, path: `agenda.${index}.id`, message: UNKNOWN_ITEM };
    if (seen.has(item.id)) return { ok: false, path: `agenda.${index}.id`, message: REPEATED_ITEM };
    seen.add(item.id);
    agenda.push({
      id: existing.id,
      title: item.title ?? existing.title,
      documentIds: item.documentIds ?? existing.documentIds,
      ...withOptional('presenter', optional(item.presenter, existing.presenter)),
      // R5.3: an item that came from an accepted proposal stays linked to it.
      ...withOptional('proposalId', existing.proposalId),
    });
  }
  return agenda;
}

function patchInvitees(
  current: Meeting['externalInvitees'],
  sent: NonNullable<MeetingPatch['externalInvitees']>,
): Meeting['externalInvitees'] {
  return sent.map((invitee) => {
    const email = invitee.email.toLowerCase();
    const existing = current.find((c) => c.email.toLowerCase() === email);
    return {
      name: invitee.name,
      email,
      ...withOptional('organisation', optional(invitee.organisation, existing?.organisation)),
    };
  });
}

/**
 * Applies an update to a meeting as a real PATCH: each field the request leaves out keeps its
 * value; clearing is explicit (`null` for an optional value, `[]` for a list). Nothing the
 * request did not name is lost.
 */
export function patchMeeting(
  meeting: Meeting,
  patch: MeetingPatch,
  newId: () => string,
): PatchResult {
  const { location, ...rest } = meeting;
  const next: Meeting = {
    ...rest,
    ...withOptional('location', optional(patch.location, location)),
    ...(patch.title !== undefined ? { title: patch.title } : {}),
    ...(patch.online !== undefined ? { online: patch.online } : {}),
  };
  if (patch.agenda !== undefined) {
    const agenda = patchAgenda(meeting.agenda, patch.agenda, newId);
    if (!Array.isArray(agenda)) return agenda;
    next.agenda = agenda;
  }
  if (patch.externalInvitees !== undefined) {
    next.externalInvitees = patchInvitees(meeting.externalInvitees, patch.externalInvitees);
  }
  return { ok: true, meeting: next };
}
