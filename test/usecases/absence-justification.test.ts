import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import {
  justifyAbsence,
  recordAttendance,
  scheduleMeeting,
  sendNotice,
} from '../../core/usecases/meetings/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { scheduleTime } from '../support/meeting-patch.suite.js';
import { value } from '../support/fixtures.js';

describe('R12.1 a justified absence is never lost', () => {
  let env: Awaited<ReturnType<typeof exampleAppPorts>>;
  let sec: Actor;
  let meetingId = '';

  beforeAll(async () => {
    env = await exampleAppPorts('2026-04-01T09:00:00Z');
    sec = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
    const m = value(
      await scheduleMeeting(env.app, sec, {
        title: 'Réunion',
        start: scheduleTime('2026-04-20T10:00'),
        end: scheduleTime('2026-04-20T12:00'),
      }),
    );
    meetingId = m.id;
    value(await sendNotice(env.app, sec, m.id, { version: m.version }));
    env.clock.set('2026-04-20T09:30:00Z');
    value(
      await recordAttendance(env.app, sec, m.id, {
        entries: [
          { personId: 'p-c3t', status: 'absent' },
          { personId: 'p-c1t', status: 'present' },
        ],
      }),
    );
  });
  afterAll(async () => env.close());

  const row = async (personId: string) => {
    const [stored] = (await env.app.attendance.findBy('meetingId', meetingId)).filter(
      (r) => r.value.personId === personId,
    );
    return stored?.value;
  };

  it('refuses a justification without the choice justified or not', async () => {
    const refused = await justifyAbsence(env.app, sec, meetingId, {
      personId: 'p-c3t',
      justification: 'Mission à l’étranger',
    });
    expect(refused).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await row('p-c3t')).toMatchObject({ status: 'absent' });
  });

  it('keeps the absence justified when the roster is recorded again with it absent', async () => {
    value(
      await justifyAbsence(env.app, sec, meetingId, {
        personId: 'p-c3t',
        justified: true,
        justification: 'Mission à l’étranger',
      }),
    );
    value(
      await recordAttendance(env.app, sec, meetingId, {
        entries: [
          { personId: 'p-c3t', status: 'absent' },
          { personId: 'p-c1s', status: 'absent' },
        ],
      }),
    );
    expect(await row('p-c3t')).toMatchObject({
      status: 'excused',
      justification: 'Mission à l’étranger',
    });
  });

  it('keeps the text sent with an absence marked unjustified', async () => {
    value(
      await justifyAbsence(env.app, sec, meetingId, {
        personId: 'p-c1s',
        justified: false,
        justification: 'Aucun courrier reçu',
      }),
    );
    expect(await row('p-c1s')).toMatchObject({
      status: 'absent',
      justification: 'Aucun courrier reçu',
    });
  });
});
