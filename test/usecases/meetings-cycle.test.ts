import { describe, expect, it } from 'vitest';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import {
  confirmHoliday,
  getMeeting,
  recordAttendance,
  scheduleMeeting,
  sendNotice,
} from '../../core/usecases/meetings/index.js';
import { getComposition } from '../../core/usecases/register/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { meetingCycle } from './meetings-cycle.suite.js';
import { value } from '../support/fixtures.js';

meetingCycle('the embedded store', () => exampleAppPorts('2026-03-01T09:00:00Z'));

describe('R12.1 cessation candidates from attendance', () => {
  it('proposes the seat on its third unjustified absence', async () => {
    const e = await exampleAppPorts('2026-04-01T09:00:00Z');
    try {
      const sec = (await resolveActor(e.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      for (const [index, day] of ['2026-04-20', '2026-05-20', '2026-06-20'].entries()) {
        e.clock.set(`${day.slice(0, 8)}01T09:00:00Z`);
        const m = value(
          await scheduleMeeting(e.app, sec, {
            title: `Réunion ${index + 1}`,
            start: `${day}T10:00`,
            end: `${day}T12:00`,
          }),
        );
        e.clock.set(`${day.slice(0, 8)}05T09:00:00Z`);
        value(await sendNotice(e.app, sec, m.id, { version: m.version }));
        e.clock.set(`${day}T09:30:00Z`);
        value(
          await recordAttendance(e.app, sec, m.id, {
            entries: [
              { personId: 'p-c3t', status: 'absent' },
              { personId: 'p-c3s', status: 'absent' },
              { personId: 'p-c1t', status: 'present' },
            ],
          }),
        );
        const composition = value(await getComposition(e.app, sec));
        const candidate = composition.cessationCandidates.find((c) => c.seatId === 'seat-c3');
        expect(candidate === undefined, `after absence ${index + 1}`).toBe(index < 2);
        if (index === 2)
          expect(candidate).toMatchObject({
            cause: 'absences',
            days: ['2026-04-20', '2026-05-20', '2026-06-20'],
          });
      }
    } finally {
      await e.close();
    }
  });
});

describe('confirmed Hijri dates recompute open deadlines', () => {
  it('moves the minutes deadline when Eid al-Fitr is confirmed a day later', async () => {
    const e = await exampleAppPorts('2026-03-01T09:00:00Z');
    try {
      const sec = (await resolveActor(e.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      const m = value(
        await scheduleMeeting(e.app, sec, {
          title: 'Réunion',
          start: '2026-03-19T09:00',
          end: '2026-03-19T11:00',
        }),
      );
      value(await sendNotice(e.app, sec, m.id, { version: m.version }));
      e.clock.set('2026-03-19T09:30:00Z');
      value(
        await recordAttendance(e.app, sec, m.id, {
          entries: [{ personId: 'p-c1t', status: 'present' }],
        }),
      );
      expect(value(await getMeeting(e.app, sec, m.id)).deadlines.minutesShareBy).toBe('2026-03-25');
      value(await confirmHoliday(e.app, sec, { key: 'eid_al_fitr', date: '2026-03-21' }));
      // Eid on Saturday 21 and Sunday 22: Friday 20 is a business day again.
      expect(value(await getMeeting(e.app, sec, m.id)).deadlines.minutesShareBy).toBe('2026-03-24');
    } finally {
      await e.close();
    }
  });
});
