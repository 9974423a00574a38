import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/audit/chain.js';
import { checkVotingRight } from '../../core/rules/r5-4-voting-eligibility.js';
import type { Actor } from '../../core/usecases/actor.js';
import { actorFor, resolveActor } from '../../core/usecases/actor.js';
import { createAudited } from '../../core/usecases/audited-write.js';
import { voterSeat } from '../../core/usecases/decisions/views.js';
import { loadContext } from '../../core/usecases/meetings/load.js';
import { committeeRecipients } from '../../core/usecases/meetings/outbox.js';
import {
  addSeat,
  confirmCessation,
  getComposition,
  proposeCessation,
  recordDesignationLetter,
  replaceSeatHolder,
  uploadAllowance,
  uploadDocument,
  withdrawPendingSeat,
} from '../../core/usecases/register/index.js';
import { sha256Hex, type EmbeddedPorts } from '../../embedded/index.js';
import { EXAMPLE_OBJECT_IDS, examplePdf } from '../../server/example-committee.js';
import { value, type manualClock } from '../support/fixtures.js';
import {
  NEW_ADMINISTRATION_SEAT,
  NEW_CIVIL_SEAT,
  openExampleStore,
} from '../support/example-store.js';

let ports: EmbeddedPorts;
let remove: () => Promise<void>;
let secretariat: Actor;
let member: Actor;
let clock: ReturnType<typeof manualClock>;

beforeEach(async () => {
  ({ ports, clock, remove } = await openExampleStore());
  secretariat = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  member = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
});

afterEach(() => remove());

const newAdministrationSeat = NEW_ADMINISTRATION_SEAT;
const newCivilSeat = NEW_CIVIL_SEAT;

/** Everything stored, to show that a refused request changed nothing. */
async function everything() {
  return JSON.stringify(
    await Promise.all([
      ports.seats.list(),
      ports.people.list(),
      ports.organisations.list(),
      ports.auditLog.read(),
    ]),
  );
}

describe('member register use cases', () => {
  it('derives roles from the register: secretariat, titular, guest alternate', async () => {
    expect(secretariat.roles).toEqual(['secretariat']);
    expect(member.roles).toContain('titular');
    expect(member.seatId).toBe('seat-c1');
    expect((await resolveActor(ports, EXAMPLE_OBJECT_IDS.civilAlternate))?.roles).toContain(
      'alternate',
    );
  });

  it('shows the example composition balanced, with the R4.1 finding and the ceased history', async () => {
    const outcome = await getComposition(ports, member);
    if (!outcome.ok) throw new Error(outcome.reason);
    const view = outcome.value;
    expect(view.parity).toMatchObject({ administration: 4, civilSociety: 4, balanced: true });
    expect(view.example).toBe(true);
    expect(view.administration.find((s) => s.id === 'seat-a4')?.findings[0]?.rule).toBe('R4.1');
    expect(view.ceased).toHaveLength(1);
    expect(view.ceased[0]?.cessation?.cause).toBe('mandate-expired');
    expect(view.civilSociety.find((s) => s.id === 'seat-c4')?.term).toBe(2);
    // R12.2 candidates are the secretariat's to see.
    expect(view.cessationCandidates).toEqual([]);
  });

  it('R3.2 saves a fifth civil-society seat pending: not invited, no vote, shown with its reason', async () => {
    const added = await addSeat(ports, secretariat, newCivilSeat);
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(added.value).toMatchObject({
      college: 'civil_society',
      term: 1,
      status: 'pending',
      pending: {
        since: '2026-03-02T09:00:00.000Z',
        reason: {
          rule: 'R3.2',
          key: 'seat-pending',
          params: {
            administration: 4,
            civilSociety: 4,
            lacking: 'administration',
            missing: 1,
            remedy: 'designate-administration',
            remedyRule: 'R4.1',
            pending: 1,
          },
        },
      },
    });
    // The active composition is untouched, so nothing to warn about.
    expect(added.warnings).toEqual([]);
    const seatId = added.value.id;

    const view = await getComposition(ports, secretariat);
    if (!view.ok) throw new Error(view.reason);
    expect(view.value.parity).toMatchObject({
      administration: 4,
      civilSociety: 4,
      balanced: true,
      pending: { administration: 0, civilSociety: 1 },
    });
    expect(view.value.parity.imbalance).toBeUndefined();
    expect(view.value.civilSociety.find((s) => s.id === seatId)?.pending?.reason?.key).toBe(
      'seat-pending',
    );

    // Not invited: the notice's recipients are the active seats' holders.
    const titularId = added.value.titular?.id ?? '';
    const context = await loadContext(ports);
    expect(context.activeSeats.map((s) => s.id)).not.toContain(seatId);
    expect(committeeRecipients(context)).not.toContain(titularId);
    expect(committeeRecipients(context)).toContain('p-c1t');

    // Not counted in votes (R5.4 / R13.2 count active seats only): the holder has no vote.
    const titular = await ports.people.get(titularId);
    if (!titular) throw new Error('no titular');
    const holder = await actorFor(ports, titular.value);
    expect(holder.roles).not.toContain('titular');
    expect(await voterSeat(ports, holder)).toBeUndefined();
    expect(checkVotingRight({ roles: holder.roles })).toMatchObject({ ok: false });
    // Nor for R13.1's one third.
    expect(await ports.seats.findBy('status', 'active')).toHaveLength(8);
  });

  it('R3.2 activates the pending seat together with the administration seat that restores parity', async () => {
    const pending = await addSeat(ports, secretariat, newCivilSeat);
    if (!pending.ok) throw new Error(JSON.stringify(pending));
    const restoring = await addSeat(ports, secretariat, newAdministrationSeat);
    if (!restoring.ok) throw new Error(JSON.stringify(restoring));
    expect(restoring.value).toMatchObject({ status: 'active' });
    expect(restoring.value.pending).toBeUndefined();
    expect(restoring.warnings).toEqual([]);
    expect(restoring.value.findings.map((f) => f.rule)).toEqual(['R4.1']);

    const activated = await ports.seats.get(pending.value.id);
    expect(activated?.value).toMatchObject({ status: 'active' });
    expect(activated?.value.pendingSince).toBeUndefined();
    const view = await getComposition(ports, secretariat);
    expect(view.ok && view.value.parity).toMatchObject({
      administration: 5,
      civilSociety: 5,
      balanced: true,
      pending: { administration: 0, civilSociety: 0 },
    });
    const context = await loadContext(ports);
    expect(committeeRecipients(context)).toContain(pending.value.titular?.id);

    // Both writes audited, by the secretariat, in one use case.
    const entries = await ports.auditLog.read();
    expect(entries.slice(-2).map((e) => [e.action, e.subject?.id])).toEqual([
      ['SeatAdded', restoring.value.id],
      ['ParityRestored', pending.value.id],
    ]);
    expect(entries.at(-1)).toMatchObject({
      actorId: 'p-sec',
      before: { status: 'pending' },
      after: { status: 'active' },
    });
    expect(entries.at(-2)?.before).toBeUndefined();
    expect(entries.at(-2)?.after).toMatchObject({ organisationId: 'org-a5', status: 'active' });
    expect(verifyChain(entries, sha256Hex).ok).toBe(true);
  });

  it('R3.2 activates the oldest pending seat first when several wait', async () => {
    const first = await addSeat(ports, secretariat, newCivilSeat);
    clock.advance(60_000);
    const second = await addSeat(ports, secretariat, {
      ...newCivilSeat,
      organisation: { name: 'Association fictive Deuxième Voix' },
      titular: { displayName: 'Nora Deux', email: 'nora@example.org', guest: true },
      alternate: { displayName: 'Omar Deux', email: 'omar@example.org', guest: true },
    });
    if (!first.ok || !second.ok) throw new Error('not added');
    expect(second.value.pending?.reason?.params).toMatchObject({ missing: 2, pending: 2 });
    await addSeat(ports, secretariat, newAdministrationSeat);
    expect((await ports.seats.get(first.value.id))?.value.status).toBe('active');
    expect((await ports.seats.get(second.value.id))?.value.status).toBe('pending');
    const view = await getComposition(ports, secretariat);
    expect(
      view.ok && view.value.civilSociety.find((s) => s.id === second.value.id)?.pending?.reason,
    ).toMatchObject({ params: { administration: 5, civilSociety: 5, missing: 1 } });
  });

  it('R3.2 pairs seats left pending by two simultaneous additions at the next change', async () => {
    // Two instances each added a seat before seeing the other's: both were saved pending.
    const change = { actor: secretariat, action: 'SeatAdded', at: '2026-03-02T08:00:00.000Z' };
    for (const [id, college, organisationId, titularId, alternateId] of [
      ['race-a', 'administration', 'org-a5', 'p-race-at', 'p-race-as'],
      ['race-c', 'civil_society', 'org-race', 'p-race-ct', 'p-race-cs'],
    ] as const) {
      await createAudited(ports, 'seats', change, {
        id,
        college,
        organisationId,
        titularId,
        alternateId,
        mandateStart: '2025-01-01',
        mandateEnd: '2026-12-31',
        status: 'pending',
        pendingSince: change.at,
      });
    }
    const next = await addSeat(ports, secretariat, newCivilSeat);
    if (!next.ok) throw new Error(JSON.stringify(next));
    // The two older ones pair up; the new one waits behind them.
    expect((await ports.seats.get('race-a'))?.value.status).toBe('active');
    expect((await ports.seats.get('race-c'))?.value.status).toBe('active');
    expect(next.value).toMatchObject({
      status: 'pending',
      pending: { reason: { params: { administration: 5, civilSociety: 5, missing: 1 } } },
    });
  });

  it('R3.2 lets the secretariat withdraw a pending seat, and only a pending one', async () => {
    const pending = await addSeat(ports, secretariat, newCivilSeat);
    if (!pending.ok) throw new Error(JSON.stringify(pending));
    expect(
      await withdrawPendingSeat(ports, member, pending.value.id, {
        version: pending.value.version,
      }),
    ).toMatchObject({ ok: false, reason: 'forbidden' });
    const withdrawn = await withdrawPendingSeat(ports, secretariat, pending.value.id, {
      version: pending.value.version,
    });
    expect(withdrawn).toMatchObject({
      ok: true,
      value: { status: 'withdrawn', withdrawnAt: '2026-03-02T09:00:00.000Z' },
    });
    const view = await getComposition(ports, secretariat);
    expect(view.ok && view.value.civilSociety.map((s) => s.id)).not.toContain(pending.value.id);
    expect(view.ok && view.value.parity.pending).toEqual({ administration: 0, civilSociety: 0 });
    // A seat added afterwards is not paired with the withdrawn one.
    const admin = await addSeat(ports, secretariat, newAdministrationSeat);
    expect(admin.ok && admin.value.status).toBe('pending');

    const active = await ports.seats.get('seat-c2');
    expect(
      await withdrawPendingSeat(ports, secretariat, 'seat-c2', { version: active?.version }),
    ).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R3' } });
    expect((await ports.auditLog.about('seat', pending.value.id)).map((e) => e.action)).toEqual([
      'SeatAdded',
      'PendingSeatWithdrawn',
    ]);
  });

  it('refuses a member (not the secretariat) and changes nothing', async () => {
    const before = await everything();
    const outcome = await addSeat(ports, member, newCivilSeat);
    expect(outcome).toMatchObject({ ok: false, reason: 'forbidden' });
    expect(await everything()).toBe(before);
  });

  it('refuses bad input naming each field, and changes nothing', async () => {
    const before = await everything();
    const outcome = await addSeat(ports, secretariat, {
      ...newCivilSeat,
      college: 'press',
      mandateStart: '2025-13-01',
      titular: { displayName: '', email: 'not-an-email' },
      role: 'secretariat',
    });
    expect(outcome.ok).toBe(false);
    if (outcome.ok || outcome.reason !== 'invalid') throw new Error('expected invalid');
    const paths = outcome.issues.map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['college', 'mandateStart']));
    expect(paths.some((p) => p.startsWith('titular'))).toBe(true);
    expect(await everything()).toBe(before);
  });

  it('refuses the same person as titular and alternate (R3.1)', async () => {
    const outcome = await addSeat(ports, secretariat, {
      ...newCivilSeat,
      titular: { id: 'p-sec' },
      alternate: { id: 'p-sec' },
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R3.1' } });
  });

  it('refuses a third consecutive mandate for a civil-society organisation (R4.7)', async () => {
    const outcome = await addSeat(ports, secretariat, {
      ...newCivilSeat,
      organisation: { id: 'org-c4' },
      mandateStart: '2027-01-01',
      mandateEnd: '2028-12-31',
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R4.7' } });
    if (outcome.ok || outcome.reason !== 'rule') throw new Error('expected rule');
    expect(outcome.violation.message.fr).toMatch(/2 mandats consécutifs/);
  });

  it('refuses a public body with no commitment in the current plan (R3.3)', async () => {
    const outcome = await addSeat(ports, secretariat, {
      ...newCivilSeat,
      college: 'administration',
      organisation: { name: 'Office sans engagement' },
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R3.3' } });
  });

  it('replaces a holder with the version read, and refuses a stale version', async () => {
    const seat = await ports.seats.get('seat-c2');
    if (!seat) throw new Error('no seat');
    const replaced = await replaceSeatHolder(ports, secretariat, 'seat-c2', {
      role: 'alternate',
      person: { displayName: 'Nouvelle Suppléante', email: 'nouvelle@example.org', guest: true },
      version: seat.version,
    });
    expect(replaced.ok && replaced.value.alternate?.displayName).toBe('Nouvelle Suppléante');
    const stale = await replaceSeatHolder(ports, secretariat, 'seat-c2', {
      role: 'alternate',
      person: { id: 'p-c2s' },
      version: seat.version,
    });
    expect(stale).toMatchObject({ ok: false, reason: 'conflict' });
  });

  it('refuses to seat a person who already holds another active seat (R3.1)', async () => {
    const seat = await ports.seats.get('seat-c2');
    const outcome = await replaceSeatHolder(ports, secretariat, 'seat-c2', {
      role: 'titular',
      person: { id: 'p-c1t' },
      version: seat?.version,
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R3.1' } });
  });

  it('records a designation letter after checking the upload is really a PDF (R4.1)', async () => {
    const fake = await uploadDocument(ports, secretariat, {
      name: 'lettre.pdf',
      contentType: 'application/pdf',
      purpose: 'designation-letter',
      bytes: new TextEncoder().encode('<html>not a pdf</html>'),
    });
    expect(fake).toMatchObject({ ok: false, reason: 'invalid' });
    const letter = await uploadDocument(ports, secretariat, {
      name: 'lettre-dfap.pdf',
      contentType: 'application/pdf',
      purpose: 'designation-letter',
      bytes: examplePdf('Designation DFAP'),
    });
    if (!letter.ok) throw new Error('upload refused');
    const seat = await ports.seats.get('seat-a4');
    const recorded = await recordDesignationLetter(ports, secretariat, 'seat-a4', {
      documentId: letter.value.id,
      version: seat?.version,
    });
    expect(recorded.ok && recorded.value.findings).toEqual([]);
    expect(recorded.ok && recorded.value.designationLetter?.sha256).toBe(letter.value.sha256);
  });

  it('proposes and confirms a cessation with its cause, keeping the seat in the history (R12)', async () => {
    const seat = await ports.seats.get('seat-c3');
    const proposed = await proposeCessation(ports, secretariat, 'seat-c3', {
      cause: 'dissolved',
      note: 'Dissolution constatée (exemple).',
      version: seat?.version,
    });
    if (!proposed.ok) throw new Error(JSON.stringify(proposed));
    const confirmed = await confirmCessation(ports, secretariat, 'seat-c3', {
      version: proposed.value.version,
    });
    if (!confirmed.ok) throw new Error(JSON.stringify(confirmed));
    expect(confirmed.value).toMatchObject({ status: 'ceased', cessation: { cause: 'dissolved' } });
    // R3.2 never refuses a cessation (a fact): it is recorded and the imbalance flagged,
    // with what the manual requires (R4.6: select a civil-society replacement).
    expect(confirmed.warnings.map((w) => w.rule)).toEqual(['R3.2']);
    const view = await getComposition(ports, secretariat);
    expect(view.ok && view.value.ceased.map((s) => s.id)).toContain('seat-c3');
    expect(view.ok && view.value.parity).toMatchObject({
      administration: 4,
      civilSociety: 3,
      balanced: false,
      imbalance: {
        rule: 'R3.2',
        key: 'composition-unbalanced',
        params: { lacking: 'civil_society', missing: 1, remedyRule: 'R4.6' },
      },
    });
    const history = await ports.auditLog.about('seat', 'seat-c3');
    expect(history.map((e) => e.action)).toEqual([
      'SeatAdded', // the example committee, loaded by `system`
      'CessationProposed',
      'CessationConfirmed',
    ]);
    expect(history[2]?.before).toMatchObject({ status: 'active' });
    expect(history[2]?.after).toMatchObject({ status: 'ceased' });
  });

  it('R3.2 activates a civil-society seat pending when a cessation makes room for it', async () => {
    const pending = await addSeat(ports, secretariat, newCivilSeat);
    if (!pending.ok) throw new Error(JSON.stringify(pending));
    const seat = await ports.seats.get('seat-c3');
    const proposed = await proposeCessation(ports, secretariat, 'seat-c3', {
      cause: 'dissolved',
      version: seat?.version,
    });
    if (!proposed.ok) throw new Error(JSON.stringify(proposed));
    const confirmed = await confirmCessation(ports, secretariat, 'seat-c3', {
      version: proposed.value.version,
    });
    expect(confirmed).toMatchObject({ ok: true, value: { status: 'ceased' }, warnings: [] });
    expect((await ports.seats.get(pending.value.id))?.value.status).toBe('active');
    const view = await getComposition(ports, secretariat);
    expect(view.ok && view.value.parity).toMatchObject({ civilSociety: 4, balanced: true });
    expect(view.ok && view.value.parity.imbalance).toBeUndefined();
  });

  it('refuses a withdrawal without its letter (R12.1)', async () => {
    const seat = await ports.seats.get('seat-c3');
    const outcome = await proposeCessation(ports, secretariat, 'seat-c3', {
      cause: 'withdrawn',
      version: seat?.version,
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R12.1' } });
  });
});

describe('the daily upload quota, counted from the stored documents', () => {
  const upload = (text: string) =>
    uploadDocument(ports, secretariat, {
      name: 'note.txt',
      contentType: 'text/plain',
      purpose: 'minutes',
      bytes: new TextEncoder().encode(text),
    });

  it('counts what a person stored in the last 24 hours, and says when a file fits again', async () => {
    // The example committee's letters were stored by Salma when the store was seeded.
    const seeded = (await uploadAllowance(ports, secretariat.personId, 0, Infinity)).usedBytes;
    expect(seeded).toBeGreaterThan(0);
    clock.set('2026-03-03T09:30:00Z');
    expect((await uploadAllowance(ports, secretariat.personId, 0, Infinity)).usedBytes).toBe(0);
    clock.set('2026-03-03T10:00:00Z');
    value(await upload('a'.repeat(600)));
    clock.set('2026-03-03T14:00:00Z');
    value(await upload('b'.repeat(300)));
    // Another person's uploads do not count against Salma's.
    expect(await uploadAllowance(ports, member.personId, 1000, 1000)).toEqual({
      allowed: true,
      usedBytes: 0,
    });
    expect(await uploadAllowance(ports, secretariat.personId, 100, 1000)).toMatchObject({
      allowed: true,
      usedBytes: 900,
    });
    // 200 more would go over: it fits once the 10:00 upload is a day old.
    expect(await uploadAllowance(ports, secretariat.personId, 200, 1000)).toEqual({
      allowed: false,
      usedBytes: 900,
      retryAt: '2026-03-04T10:00:00.000Z',
    });
    clock.set('2026-03-04T10:00:01Z');
    expect(await uploadAllowance(ports, secretariat.personId, 200, 1000)).toMatchObject({
      allowed: true,
      usedBytes: 300,
    });
  });
});
