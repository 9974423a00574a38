import { beforeAll, describe, expect, it } from 'vitest';
import {
  ScheduleMeetingRequestSchema,
  UpdateMeetingRequestSchema,
  type MeetingDetail,
} from '../../core/contracts/meetings.js';

/*
 * "No silent loss" (issue 9): editing a meeting is a real PATCH. For every field of
 * UpdateMeetingRequestSchema, an update that sends only another field leaves it unchanged.
 * The cases come from the schema's shape: a new field fails here until it has a sample
 * (a changed value) and a reader (its value in the meeting's view). Run through the use case
 * on the embedded store and through the HTTP API (meeting-patch*.test.ts).
 */

export type UpdateReply =
  | { ok: true; value: MeetingDetail }
  | { ok: false; reason: 'invalid' | 'conflict' | 'other'; body: unknown };

/** How the suite reaches the app: the use cases directly, or the HTTP API. */
export interface PatchDriver {
  schedule(body: unknown): Promise<MeetingDetail>;
  update(id: string, body: unknown): Promise<UpdateReply>;
  get(id: string): Promise<MeetingDetail>;
  /** Uploads a small PDF as an agenda document and returns its id. */
  uploadAgendaDocument(name: string): Promise<string>;
}

/**
 * A Morocco time (June 2026: UTC+1 on every tz data version) in the form the request schema
 * takes: the wall clock `YYYY-MM-DDTHH:mm` if it accepts it, else the instant with its offset.
 */
function moroccoTime(schema: { safeParse(v: unknown): { success: boolean } }, local: string) {
  return schema.safeParse(local).success ? local : `${local}:00+01:00`;
}
export const scheduleTime = (local: string) =>
  moroccoTime(ScheduleMeetingRequestSchema.shape.start, local);
const updateTime = (local: string) =>
  moroccoTime(UpdateMeetingRequestSchema.shape.start.unwrap(), local);

type UpdateField = Exclude<keyof typeof UpdateMeetingRequestSchema.shape, 'version'>;

interface FieldCase {
  /** A value that changes the field, given the meeting as loaded. */
  sample(meeting: MeetingDetail): unknown;
  /** The field's value in the meeting's view (compared before and after). */
  read(meeting: MeetingDetail): unknown;
}

/** A Record over the schema's keys: a field added to the schema fails to compile here. */
export const MEETING_UPDATE_FIELDS: Record<UpdateField, FieldCase> = {
  title: { sample: () => 'Réunion du comité — titre revu', read: (m) => m.title },
  start: { sample: () => updateTime('2026-06-18T09:00'), read: (m) => m.start },
  end: { sample: () => updateTime('2026-06-18T13:00'), read: (m) => m.end },
  location: { sample: () => 'Casablanca, salle 3', read: (m) => m.location },
  online: { sample: (m) => !m.online, read: (m) => m.online },
  agenda: {
    // The first item renamed, by id only: its presenter and documents stay (nested PATCH).
    sample: (m) =>
      m.agenda.map((item, i) =>
        i === 0 ? { id: item.id, title: 'Point renommé' } : { id: item.id },
      ),
    read: (m) =>
      m.agenda.map((item) => ({
        id: item.id,
        title: item.title,
        presenter: item.presenter,
        documents: item.documents.map((d) => d.id),
        proposalId: item.proposalId,
      })),
  },
  externalInvitees: {
    // One more guest; those already invited are sent without their organisation (kept).
    sample: (m) => [
      ...m.externalInvitees.map(({ name, email }) => ({ name, email })),
      { name: 'Invité ajouté', email: 'ajoute@example.org' },
    ],
    read: (m) => m.externalInvitees,
  },
};

const FIELDS = Object.keys(UpdateMeetingRequestSchema.shape).filter(
  (key): key is UpdateField => key !== 'version',
);

function project(meeting: MeetingDetail, except: readonly string[]) {
  return Object.fromEntries(
    FIELDS.filter((f) => !except.includes(f)).map((f) => [
      f,
      MEETING_UPDATE_FIELDS[f].read(meeting),
    ]),
  );
}

function changed(reply: UpdateReply): MeetingDetail {
  if (!reply.ok) throw new Error(`refused: ${JSON.stringify(reply)}`);
  return reply.value;
}

export function meetingPatchSuite(label: string, driver: () => PatchDriver): void {
  describe(`editing a meeting changes only the fields sent (${label})`, () => {
    let docs: string[] = [];

    /** A draft with everything an update could lose: place, agenda with documents, guests. */
    async function fullMeeting(): Promise<MeetingDetail> {
      return driver().schedule({
        title: 'Réunion du comité — juin 2026',
        start: scheduleTime('2026-06-18T10:00'),
        end: scheduleTime('2026-06-18T12:00'),
        location: 'Rabat, salle du Conseil',
        online: true,
        agenda: [
          { title: 'Suivi du plan d’action', presenter: 'Secrétariat', documentIds: [docs[0]] },
          { title: 'Questions diverses', documentIds: [docs[1]] },
        ],
        externalInvitees: [
          { name: 'Experte invitée', email: 'experte@example.org', organisation: 'Institut' },
          { name: 'Observateur', email: 'observateur@example.org' },
        ],
      });
    }

    beforeAll(async () => {
      docs = [
        await driver().uploadAgendaDocument('note-de-suivi.pdf'),
        await driver().uploadAgendaDocument('annexe.pdf'),
      ];
    });

    it('covers every field of the update schema', () => {
      expect(FIELDS.sort()).toEqual(Object.keys(MEETING_UPDATE_FIELDS).sort());
    });

    for (const field of FIELDS) {
      it(`sending only ${field} changes ${field} and leaves every other field unchanged`, async () => {
        const before = await fullMeeting();
        const sample = MEETING_UPDATE_FIELDS[field].sample(before);
        const after = changed(
          await driver().update(before.id, { version: before.version, [field]: sample }),
        );
        expect(MEETING_UPDATE_FIELDS[field].read(after)).not.toEqual(
          MEETING_UPDATE_FIELDS[field].read(before),
        );
        expect(project(after, [field])).toEqual(project(before, [field]));
        expect(project(await driver().get(before.id), [field])).toEqual(project(before, [field]));
      });
    }

    it('moving only the date (start and end) keeps the agenda, its documents and the guests', async () => {
      const before = await fullMeeting();
      const after = changed(
        await driver().update(before.id, {
          version: before.version,
          start: updateTime('2026-06-25T10:00'),
          end: updateTime('2026-06-25T12:00'),
        }),
      );
      expect(after.start).not.toBe(before.start);
      expect(project(after, ['start', 'end'])).toEqual(project(before, ['start', 'end']));
      expect(after.agenda.flatMap((a) => a.documents.map((d) => d.id))).toEqual(docs);
      expect(after.externalInvitees).toHaveLength(2);
    });

    it('changes, saves and audits nothing for an update with the version only', async () => {
      const before = await fullMeeting();
      const after = changed(await driver().update(before.id, { version: before.version }));
      expect(project(after, [])).toEqual(project(before, []));
      expect(after.version).toBe(before.version);
    });

    describe('clearing is explicit', () => {
      it('removes the place with location: null, and refuses a blank place', async () => {
        const before = await fullMeeting();
        const blank = await driver().update(before.id, { version: before.version, location: ' ' });
        expect(blank).toMatchObject({ ok: false, reason: 'invalid' });
        const after = changed(
          await driver().update(before.id, { version: before.version, location: null }),
        );
        expect(after.location).toBeUndefined();
        expect(project(after, ['location'])).toEqual(project(before, ['location']));
      });

      it('empties the agenda with agenda: [] and the guests with externalInvitees: []', async () => {
        const before = await fullMeeting();
        const after = changed(
          await driver().update(before.id, {
            version: before.version,
            agenda: [],
            externalInvitees: [],
          }),
        );
        expect(after.agenda).toEqual([]);
        expect(after.externalInvitees).toEqual([]);
        expect(project(after, ['agenda', 'externalInvitees'])).toEqual(
          project(before, ['agenda', 'externalInvitees']),
        );
      });

      it('removes a presenter with presenter: null and an item’s documents with documentIds: []', async () => {
        const before = await fullMeeting();
        const [first, second] = before.agenda;
        const after = changed(
          await driver().update(before.id, {
            version: before.version,
            agenda: [
              { id: first?.id, presenter: null },
              { id: second?.id, documentIds: [] },
            ],
          }),
        );
        expect(after.agenda.map((a) => [a.title, a.presenter, a.documents.length])).toEqual([
          ['Suivi du plan d’action', undefined, 1],
          ['Questions diverses', undefined, 0],
        ]);
      });

      it('removes a guest’s organisation with organisation: null only', async () => {
        const before = await fullMeeting();
        const after = changed(
          await driver().update(before.id, {
            version: before.version,
            externalInvitees: before.externalInvitees.map(({ name, email }) => ({
              name,
              email,
              organisation: null,
            })),
          }),
        );
        expect(after.externalInvitees.map((i) => i.organisation)).toEqual([undefined, undefined]);
      });
    });

    it('keeps items by id when the agenda is reordered, and adds a new item without id', async () => {
      const before = await fullMeeting();
      const [first, second] = before.agenda;
      const after = changed(
        await driver().update(before.id, {
          version: before.version,
          agenda: [{ id: second?.id }, { title: 'Point nouveau' }, { id: first?.id }],
        }),
      );
      expect(after.agenda.map((a) => [a.id === second?.id, a.title, a.documents.length])).toEqual([
        [true, 'Questions diverses', 1],
        [false, 'Point nouveau', 0],
        [false, 'Suivi du plan d’action', 1],
      ]);
      expect(after.agenda[2]?.id).toBe(first?.id);
      expect(after.agenda[2]?.presenter).toBe('Secrétariat');
    });

    it('refuses an item id not on the agenda, a new item without title, and a stale version', async () => {
      const before = await fullMeeting();
      const base = { version: before.version };
      expect(await driver().update(before.id, { ...base, agenda: [{ id: 'nope' }] })).toMatchObject(
        { ok: false, reason: 'invalid' },
      );
      expect(
        await driver().update(before.id, { ...base, agenda: [{ presenter: 'Quelqu’un' }] }),
      ).toMatchObject({ ok: false, reason: 'invalid' });
      changed(await driver().update(before.id, { ...base, title: 'Titre une fois' }));
      expect(await driver().update(before.id, { ...base, title: 'Titre deux fois' })).toMatchObject(
        {
          ok: false,
          reason: 'conflict',
        },
      );
      expect((await driver().get(before.id)).title).toBe('Titre une fois');
    });
  });
}
