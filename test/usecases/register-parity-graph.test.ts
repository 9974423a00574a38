import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import { scheduleMeeting } from '../../core/usecases/meetings/index.js';
import { addSeat, getComposition } from '../../core/usecases/register/index.js';
import { EXAMPLE_OBJECT_IDS } from '../../server/example-committee.js';
import { graphAppPorts } from '../support/graph-app-ports.js';
import { value } from '../support/fixtures.js';

/*
 * R3.2 on the Microsoft 365 adapter: the SharePoint list keeps the pending state (its status
 * column is an indexed text column, so no choice list to extend) and the Outlook invitation
 * leaves a pending seat's holders out.
 */
describe('R3.2 pending seats in SharePoint lists and Outlook (Graph fake)', () => {
  let env: Awaited<ReturnType<typeof graphAppPorts>>;
  let secretariat: Actor;
  beforeAll(async () => {
    env = await graphAppPorts('2026-03-01T09:00:00Z');
    secretariat = (await resolveActor(env.app, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  });
  afterAll(async () => env.close());

  it('stores a fifth civil-society seat pending, leaves it out of the invitation, then activates it', async () => {
    const pending = value(
      await addSeat(env.app, secretariat, {
        college: 'civil_society',
        organisation: { name: 'Association fictive En Attente' },
        // Civil society without guest accounts yet: invited as B2B guests (POST /invitations).
        titular: {
          displayName: 'Rim Attente',
          email: 'rim.attente@example.org',
          guest: true,
          invite: true,
        },
        alternate: {
          displayName: 'Sami Attente',
          email: 'sami.attente@example.org',
          guest: true,
          invite: true,
        },
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
      }),
    );
    expect(pending.status).toBe('pending');
    // The register holds the object id the invitation answered, and nothing else binds it.
    const [rim] = await env.app.people.findBy('email', 'rim.attente@example.org');
    const invited = env.fake.state.users.find((u) => u.mail === 'rim.attente@example.org');
    expect(invited?.userType).toBe('Guest');
    expect(rim?.value).toMatchObject({ aadObjectId: invited?.id, guest: true });
    expect((await env.app.seats.findBy('status', 'pending')).map((s) => s.value.id)).toEqual([
      pending.id,
    ]);

    value(
      await scheduleMeeting(env.app, secretariat, {
        title: 'Réunion du comité',
        start: '2026-07-09T10:00',
        end: '2026-07-09T12:00',
        agenda: [{ title: 'Bilan' }],
      }),
    );
    const [event] = env.fake.events('mailbox-secretariat');
    const attendees = (event?.['attendees'] as { emailAddress: { address: string } }[]).map(
      (a) => a.emailAddress.address,
    );
    expect(attendees).toHaveLength(17); // 16 holders of active seats and the chair
    expect(attendees).not.toContain('rim.attente@example.org');

    // Tenant members are picked from the directory (GET /users/{upn}): their object ids.
    env.fake.addUser({ id: 'oid-hicham', mail: 'hicham@example.org', displayName: 'Hicham D.' });
    env.fake.addUser({ id: 'oid-samira', mail: 'samira@example.org', displayName: 'Samira S.' });
    value(
      await addSeat(env.app, secretariat, {
        college: 'administration',
        organisation: { id: 'org-a5' },
        titular: { displayName: 'Hicham Désigné', email: 'hicham@example.org' },
        alternate: { displayName: 'Samira Suppléante', email: 'samira@example.org' },
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
      }),
    );
    const [hicham] = await env.app.people.findBy('email', 'hicham@example.org');
    expect(hicham?.value.aadObjectId).toBe('oid-hicham');
    expect(await env.app.seats.findBy('status', 'pending')).toEqual([]);
    expect(value(await getComposition(env.app, secretariat)).parity).toMatchObject({
      administration: 5,
      civilSociety: 5,
      balanced: true,
    });
  });
});
