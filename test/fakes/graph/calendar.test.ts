import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createGraphFake } from './index.js';
import type { GraphFake } from './index.js';
import { call } from './test-support.js';

describe('Graph fake: Outlook calendar', () => {
  let fake: GraphFake;
  const events = '/users/secretariat@ogp.ma/events';

  beforeAll(async () => {
    fake = await createGraphFake();
  }, 60_000);
  afterAll(() => fake.close());
  beforeEach(() => {
    fake.reset();
    fake.addUser({
      id: '11111111-2222-3333-4444-555555555555',
      mail: 'secretariat@ogp.ma',
      displayName: 'Secrétariat',
    });
  });
  afterEach(() => fake.assertNoContractViolations());

  const meeting = (extra: Record<string, unknown> = {}) => ({
    subject: 'Comité de pilotage',
    body: { contentType: 'html', content: '<p>Ordre du jour</p>' },
    start: { dateTime: '2026-06-10T10:00:00', timeZone: 'Morocco Standard Time' },
    end: { dateTime: '2026-06-10T12:00:00', timeZone: 'Morocco Standard Time' },
    attendees: [
      { emailAddress: { address: 'guest@example.org', name: 'Guest' }, type: 'required' },
    ],
    categories: ['COPIL'],
    isOnlineMeeting: true,
    onlineMeetingProvider: 'teamsForBusiness',
    ...extra,
  });

  it('creates a Teams meeting with onlineMeeting.joinUrl, attendees at "none" and times in UTC', async () => {
    const created = await call(fake, 'POST', events, { body: meeting() });
    expect(created.status).toBe(201);
    expect(created.json.onlineMeeting.joinUrl).toMatch(
      /^https:\/\/teams\.microsoft\.com\/l\/meetup-join\//,
    );
    expect(created.json.onlineMeetingUrl).toBeNull();
    expect(created.json.attendees[0].status.response).toBe('none');
    expect(created.json.categories).toEqual(['COPIL']);
    // Morocco is UTC+1 outside Ramadan (UTC+0 during it, e.g. in March 2026).
    expect(created.json.start).toEqual({
      dateTime: '2026-06-10T09:00:00.0000000',
      timeZone: 'UTC',
    });
    expect(created.json.originalStartTimeZone).toBe('Morocco Standard Time');
  });

  it('returns times in the zone asked by Prefer: outlook.timezone', async () => {
    const created = await call(fake, 'POST', events, { body: meeting() });
    const read = await call(fake, 'GET', `${events}/${created.json.id}`, {
      headers: { Prefer: 'outlook.timezone="Africa/Casablanca"' },
    });
    expect(read.json.start).toEqual({
      dateTime: '2026-06-10T10:00:00.0000000',
      timeZone: 'Africa/Casablanca',
    });
  });

  it('refuses a PATCH with a stale If-Match with 412', async () => {
    const created = await call(fake, 'POST', events, { body: meeting() });
    const etag = created.json['@odata.etag'];
    const first = await call(fake, 'PATCH', `${events}/${created.json.id}`, {
      body: { subject: 'Report' },
      headers: { 'If-Match': etag },
    });
    expect(first.status).toBe(200);
    const stale = await call(fake, 'PATCH', `${events}/${created.json.id}`, {
      body: { subject: 'Again' },
      headers: { 'If-Match': etag },
    });
    expect(stale.status).toBe(412);
  });

  it('refuses turning an online meeting back offline', async () => {
    const created = await call(fake, 'POST', events, { body: meeting() });
    const response = await call(fake, 'PATCH', `${events}/${created.json.id}`, {
      body: { isOnlineMeeting: false },
    });
    expect(response.status).toBe(400);
  });

  it('cancels with 202 and no body, moving the event out of the calendar with its comment', async () => {
    const created = await call(fake, 'POST', events, { body: meeting() });
    const cancelled = await call(fake, 'POST', `${events}/${created.json.id}/cancel`, {
      body: { comment: 'Reportée' },
    });
    expect(cancelled.status).toBe(202);
    expect(cancelled.raw.length).toBe(0);
    expect((await call(fake, 'GET', `${events}/${created.json.id}`)).status).toBe(404);
    expect(fake.deletedEvents('secretariat@ogp.ma')[0]).toMatchObject({
      isCancelled: true,
      cancellationComment: 'Reportée',
    });
  });

  it('lists a calendarView window and tracks changes through calendarView/delta', async () => {
    const inside = await call(fake, 'POST', events, { body: meeting() });
    await call(fake, 'POST', events, {
      body: meeting({
        start: { dateTime: '2026-08-01T10:00:00', timeZone: 'UTC' },
        end: { dateTime: '2026-08-01T11:00:00', timeZone: 'UTC' },
      }),
    });
    const window = 'startDateTime=2026-06-01T00:00:00Z&endDateTime=2026-07-01T00:00:00Z';
    const view = await call(fake, 'GET', `/users/secretariat@ogp.ma/calendarView?${window}`);
    expect(view.json.value.map((e: { id: string }) => e.id)).toEqual([inside.json.id]);

    const first = await call(fake, 'GET', `/users/secretariat@ogp.ma/calendarView/delta?${window}`);
    expect(first.json.value).toHaveLength(1);
    const deltaLink = first.json['@odata.deltaLink'] as string;
    expect(deltaLink).toMatch(/^https:\/\/graph\.microsoft\.com\/v1\.0\/.*\$deltatoken=/);
    await call(fake, 'DELETE', `${events}/${inside.json.id}`);
    const changes = await call(fake, 'GET', deltaLink);
    expect(changes.json.value).toEqual([
      expect.objectContaining({ id: inside.json.id, '@removed': { reason: 'deleted' } }),
    ]);
  });
});
