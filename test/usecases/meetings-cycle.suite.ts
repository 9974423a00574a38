import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../core/contracts/meetings.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import {
  answerAmendment,
  answerProposal,
  deliverOutbox,
  getDashboard,
  getMeeting,
  justifyAbsence,
  publicMeetings,
  publishMeeting,
  recordAttendance,
  runScheduledWork,
  scheduleMeeting,
  sendNotice,
  shareMinutes,
  submitAmendment,
  submitProposal,
} from '../../core/usecases/meetings/index.js';
import { verifyAudit } from '../../scripts/audit-verify.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import type { exampleAppPorts } from '../support/app-ports.js';
import { value } from '../support/fixtures.js';

export type CycleEnv = Omit<Awaited<ReturnType<typeof exampleAppPorts>>, 'db' | 'dataDir'>;

/**
 * One meeting through article 5, in order, as the secretariat and a member live it. Thursday
 * 19 March 2026, 09:00 in Rabat (UTC+0 during Ramadan), the day before Eid al-Fitr. Run on
 * each adapter (see meetings-cycle-graph.test.ts).
 */
export function meetingCycle(adapter: string, makeEnv: () => Promise<CycleEnv>): void {
  describe(`a meeting cycle (R5.2 → R5.6) on ${adapter}`, () => {
    let env: CycleEnv;
    let secretariat: Actor;
    let amina: Actor;
    let meeting: MeetingDetail;

    beforeAll(async () => {
      env = await makeEnv();
      secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      amina = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
    });
    afterAll(async () => env.close());

    it('schedules the meeting as a draft, with the notice deadline', async () => {
      meeting = value(
        await scheduleMeeting(env.app, secretariat, {
          title: 'Réunion du comité — 1er semestre 2026',
          start: '2026-03-19T09:00',
          end: '2026-03-19T12:00',
          location: 'Rabat, salle du Conseil',
          online: true,
          agenda: [{ title: 'Suivi du plan d’action', presenter: 'Secrétariat' }],
          externalInvitees: [{ name: 'Experte invitée', email: 'experte@example.org' }],
        }),
      );
      expect(meeting).toMatchObject({ status: 'draft', deadlines: { noticeBy: '2026-03-09' } });
      expect(meeting.attendance.some((r) => r.capacity === 'external')).toBe(true);
    });

    it('refuses the notice 9 days ahead with R5.2, and flags the meeting', async () => {
      env.clock.set('2026-03-10T08:00:00Z');
      const refused = await sendNotice(env.app, secretariat, meeting.id, {
        version: meeting.version,
      });
      expect(refused).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R5.2' } });
      expect(
        value(await getMeeting(env.app, secretariat, meeting.id)).flags.map((f) => f.rule),
      ).toEqual(['R5.2']);
    });

    it('accepts the notice 10 days ahead and queues it to every member and the channel', async () => {
      env.clock.set('2026-03-09T08:00:00Z');
      meeting = value(
        await sendNotice(env.app, secretariat, meeting.id, { version: meeting.version }),
      );
      expect(meeting).toMatchObject({
        status: 'noticed',
        deadlines: { proposalsCloseAt: '2026-03-13T00:00:00+00:00' },
      });
      const delivered = await deliverOutbox(env.app);
      // 8 seats × (titular + alternate) + the chair, and the committee channel.
      expect(delivered.sent).toBe(18);
      expect(env.sent.filter((s) => s.notification.kind === 'meeting-notice')).toHaveLength(18);
      expect((await deliverOutbox(env.app)).sent).toBe(0); // exactly once
    });

    it('takes a member’s proposal in the window, once even if sent twice', async () => {
      env.clock.set('2026-03-11T10:00:00Z');
      const first = value(
        await submitProposal(env.app, amina, meeting.id, {
          kind: 'agenda_item',
          text: 'Point sur la plateforme de participation',
        }),
      );
      const again = value(
        await submitProposal(env.app, amina, meeting.id, {
          kind: 'agenda_item',
          text: 'Point sur la plateforme  de participation ',
        }),
      );
      expect(again.id).toBe(first.id);
      const answered = value(
        await answerProposal(env.app, secretariat, first.id, {
          decision: 'accepted',
          reason: 'Point utile au suivi du plan.',
          version: first.version,
        }),
      );
      expect(answered).toMatchObject({
        status: 'accepted',
        response: { reason: 'Point utile au suivi du plan.' },
      });
      expect(
        value(await getMeeting(env.app, amina, meeting.id)).agenda.map((a) => a.title),
      ).toContain('Point sur la plateforme de participation');
    });

    it('reminds members once the day before the window closes', async () => {
      env.clock.set('2026-03-12T09:00:00Z');
      await runScheduledWork(env.app);
      await runScheduledWork(env.app);
      const reminders = env.sent.filter(
        (s) =>
          s.notification.kind === 'reminder' &&
          s.notification.reminder === 'proposal-window-closing',
      );
      expect(reminders).toHaveLength(17);
    });

    it('refuses a proposal after the window with R5.3 and its closing time', async () => {
      env.clock.set('2026-03-13T00:00:00Z');
      const late = await submitProposal(env.app, amina, meeting.id, {
        kind: 'agenda_item',
        text: 'Trop tard',
      });
      expect(late).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R5.3' } });
    });

    it('records attendance during the meeting, with an unjustified absence', async () => {
      env.clock.set('2026-03-19T09:30:00Z');
      const present = meeting.attendance
        .filter((r) => r.seatId !== 'seat-c2')
        .map((r) => ({ personId: r.person.id, status: 'present' as const }));
      meeting = value(
        await recordAttendance(env.app, secretariat, meeting.id, {
          entries: [
            ...present,
            { personId: 'p-c2t', status: 'absent' },
            { personId: 'p-c2s', status: 'absent' },
          ],
        }),
      );
      expect(meeting.status).toBe('held');
      expect(meeting.deadlines.minutesShareBy).toBe('2026-03-25'); // Eid al-Fitr 20–21 March, weekend
      const justified = value(
        await justifyAbsence(env.app, secretariat, meeting.id, {
          personId: 'p-c2s',
          justified: false,
        }),
      );
      expect(justified.attendance.find((r) => r.person.id === 'p-c2s')?.status).toBe('absent');
    });

    it('flags the minutes as late after the deadline, then shares them (R5.5)', async () => {
      env.clock.set('2026-03-26T08:00:00Z');
      const late = value(await getMeeting(env.app, secretariat, meeting.id));
      expect(late.flags.map((f) => f.rule)).toEqual(['R5.5']);
      env.clock.set('2026-03-25T10:00:00Z');
      const current = value(await getMeeting(env.app, secretariat, meeting.id));
      expect(current.flags).toEqual([]);
      meeting = value(
        await shareMinutes(env.app, secretariat, meeting.id, {
          version: current.version,
          text: '# Compte rendu\n\nDécisions…',
        }),
      );
      expect(meeting).toMatchObject({
        status: 'minutes_shared',
        minutesSharedOn: '2026-03-25',
        deadlines: { amendmentsUntil: '2026-03-27' },
      });
      expect(meeting.minutes?.contentType).toBe('text/markdown');
    });

    it('takes an amendment in the window and the secretariat integrates it', async () => {
      env.clock.set('2026-03-26T11:00:00Z');
      const amendment = value(
        await submitAmendment(env.app, amina, meeting.id, {
          text: 'Préciser la date du prochain atelier.',
        }),
      );
      const integrated = value(
        await answerAmendment(env.app, secretariat, amendment.id, {
          decision: 'integrated',
          text: 'Intégré au compte rendu.',
          version: amendment.version,
        }),
      );
      expect(integrated.status).toBe('integrated');
    });

    it('refuses publication before the amendment window ends (R5.6), then publishes', async () => {
      env.clock.set('2026-03-27T16:00:00Z');
      const current = value(await getMeeting(env.app, secretariat, meeting.id));
      const early = await publishMeeting(env.app, secretariat, meeting.id, {
        version: current.version,
      });
      expect(early).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R5.6' } });
      env.clock.set('2026-03-28T09:00:00Z');
      const published = value(
        await publishMeeting(env.app, secretariat, meeting.id, { version: current.version }),
      );
      expect(published.status).toBe('published');
      const [exported] = await publicMeetings(env.app);
      expect(exported).toMatchObject({
        id: meeting.id,
        minutes: { url: `/public/documents/${meeting.minutes?.id}` },
      });
      expect(exported?.agenda).toHaveLength(2);
      expect(exported?.participants.map((p) => p.name)).not.toContain('Khadija Hypothèse');
    });

    it('shows the secretariat no open step left and the semester covered', async () => {
      const dashboard = value(await getDashboard(env.app, secretariat));
      expect(dashboard.due).toEqual([]);
      expect(dashboard.secretariat?.semester).toMatchObject({ label: '2026-S1', covered: true });
    });

    it('leaves every record of the cycle proven by the audit log (npm run audit:verify)', async () => {
      const lines: string[] = [];
      expect(await verifyAudit(env.app, adapter, (line) => lines.push(line))).toBe(0);
      expect(lines.join('\n')).toMatch(/every one matches its latest audit entry/);
    });
  });
}
