import { describe, expect, it } from 'vitest';
import type { HolidayView } from '../../core/contracts/holidays.js';
import { HolidayViewSchema } from '../../core/contracts/holidays.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import { confirmHoliday, listHolidays } from '../../core/usecases/meetings/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { exampleAppPorts } from '../support/app-ports.js';
import { value } from '../support/fixtures.js';

const shown = (list: HolidayView[], key: string) =>
  list.filter((h) => h.key === key).map((h) => [h.date, h.status, h.confirmable]);

describe('Business days: the holidays view says what is still to confirm (R5.5)', () => {
  it('shows an unconfirmed Hijri holiday gone by as estimated, past, and no longer confirmable', async () => {
    // Wednesday 25 March 2026: Eid al-Fitr (estimated 20–21 March) went by unconfirmed.
    const e = await exampleAppPorts('2026-03-25T12:00:00Z');
    try {
      const sec = (await resolveActor(e.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      const list = value(await listHolidays(e.app, sec, 2026));
      for (const h of list) HolidayViewSchema.parse(h);
      expect(shown(list, 'eid_al_fitr')).toEqual([
        ['2026-03-20', 'estimated_past', false],
        ['2026-03-21', 'estimated_past', false],
      ]);
      expect(shown(list, 'eid_al_adha')).toEqual([
        ['2026-05-27', 'to_confirm', true],
        ['2026-05-28', 'to_confirm', true],
      ]);
      expect(shown(list, 'labour_day')).toEqual([['2026-05-01', 'fixed', false]]);
    } finally {
      await e.close();
    }
  });

  it('keeps a holiday under way to be confirmed, and shows a confirmed one as confirmed', async () => {
    const e = await exampleAppPorts('2026-03-21T12:00:00Z');
    try {
      const sec = (await resolveActor(e.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      const list = value(await listHolidays(e.app, sec, 2026));
      expect(shown(list, 'eid_al_fitr').map(([, status]) => status)).toEqual([
        'to_confirm',
        'to_confirm',
      ]);
      // The confirmation mechanism is unchanged: its answer is the year's view.
      const after = value(
        await confirmHoliday(e.app, sec, { key: 'eid_al_fitr', date: '2026-03-21' }),
      );
      expect(shown(after, 'eid_al_fitr')).toEqual([
        ['2026-03-21', 'confirmed', true],
        ['2026-03-22', 'confirmed', true],
      ]);
      e.clock.set('2026-04-01T12:00:00Z');
      expect(shown(value(await listHolidays(e.app, sec, 2026)), 'eid_al_fitr')).toEqual([
        ['2026-03-21', 'confirmed', false],
        ['2026-03-22', 'confirmed', false],
      ]);
    } finally {
      await e.close();
    }
  });

  it('refuses a year the Umm al-Qura table does not cover as bad input', async () => {
    const e = await exampleAppPorts('2026-03-25T12:00:00Z');
    try {
      const sec = (await resolveActor(e.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
      expect(await listHolidays(e.app, sec, 2077)).toMatchObject({ ok: false, reason: 'invalid' });
      expect(value(await listHolidays(e.app, sec, 2076)).length).toBeGreaterThan(10);
    } finally {
      await e.close();
    }
  });
});
