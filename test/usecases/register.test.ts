import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { verifyChain } from '../../core/audit/chain.js';
import type { Actor } from '../../core/usecases/actor.js';
import { resolveActor } from '../../core/usecases/actor.js';
import { identify } from '../../core/usecases/identity.js';
import {
  addSeat,
  confirmCessation,
  getComposition,
  proposeCessation,
  recordDesignationLetter,
  replaceSeatHolder,
  uploadDocument,
} from '../../core/usecases/register/index.js';
import { openEmbeddedPorts, sha256Hex, type EmbeddedPorts } from '../../embedded/index.js';
import {
  EXAMPLE_OBJECT_IDS,
  examplePdf,
  loadExampleCommittee,
} from '../../server/example-committee.js';
import { manualClock, sequentialIds, temporaryDirectory } from '../support/fixtures.js';

let ports: EmbeddedPorts;
let remove: () => Promise<void>;
let secretariat: Actor;
let member: Actor;

beforeEach(async () => {
  const dir = await temporaryDirectory();
  remove = dir.remove;
  ports = openEmbeddedPorts({
    dataDir: dir.path,
    clock: manualClock('2026-03-02T09:00:00Z'),
    ids: sequentialIds('rec'),
  });
  await loadExampleCommittee(ports);
  secretariat = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.secretariat)) as Actor;
  member = (await resolveActor(ports, EXAMPLE_OBJECT_IDS.civilTitular)) as Actor;
});

afterEach(async () => {
  ports.close();
  await remove();
});

const newCivilSeat = {
  college: 'civil_society',
  organisation: { name: 'Association fictive Nouvelle Voix', region: 'Oriental' },
  titular: { displayName: 'Ilyas Nouveau', email: 'ilyas@example.org', guest: true },
  alternate: { displayName: 'Meryem Suivante', email: 'meryem@example.org', guest: true },
  mandateStart: '2025-01-01',
  mandateEnd: '2026-12-31',
};

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

  it('adds a civil-society seat, warns that parity breaks (R3.2), and recovers with a public body', async () => {
    const added = await addSeat(ports, secretariat, newCivilSeat);
    if (!added.ok) throw new Error(JSON.stringify(added));
    expect(added.value).toMatchObject({ college: 'civil_society', term: 1, status: 'active' });
    expect(added.warnings.map((w) => w.rule)).toEqual(['R3.2']);
    const broken = await getComposition(ports, secretariat);
    expect(broken.ok && broken.value.parity).toMatchObject({ balanced: false, civilSociety: 5 });

    const recovered = await addSeat(ports, secretariat, {
      college: 'administration',
      organisation: { id: 'org-a5' },
      titular: { displayName: 'Hicham Désigné', email: 'hicham@example.org' },
      alternate: { displayName: 'Samira Suppléante', email: 'samira@example.org' },
      mandateStart: '2025-01-01',
      mandateEnd: '2026-12-31',
    });
    if (!recovered.ok) throw new Error(JSON.stringify(recovered));
    expect(recovered.warnings).toEqual([]);
    expect(recovered.value.findings.map((f) => f.rule)).toEqual(['R4.1']);

    const entries = await ports.auditLog.read();
    // The example committee's seats are audited too (by `system`); these two are the test's.
    expect(entries.filter((e) => e.action === 'SeatAdded' && e.actorId === 'p-sec')).toHaveLength(
      2,
    );
    expect(entries.at(-1)).toMatchObject({ actorId: 'p-sec', action: 'SeatAdded' });
    expect(entries.at(-1)?.before).toBeUndefined();
    expect(entries.at(-1)?.after).toMatchObject({ organisationId: 'org-a5', status: 'active' });
    expect(verifyChain(entries, sha256Hex).ok).toBe(true);
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
    expect(confirmed.warnings.map((w) => w.rule)).toEqual(['R3.2']);
    const view = await getComposition(ports, secretariat);
    expect(view.ok && view.value.ceased.map((s) => s.id)).toContain('seat-c3');
    const history = await ports.auditLog.about('seat', 'seat-c3');
    expect(history.map((e) => e.action)).toEqual([
      'SeatAdded', // the example committee, loaded by `system`
      'CessationProposed',
      'CessationConfirmed',
    ]);
    expect(history[2]?.before).toMatchObject({ status: 'active' });
    expect(history[2]?.after).toMatchObject({ status: 'ceased' });
  });

  it('refuses a withdrawal without its letter (R12.1)', async () => {
    const seat = await ports.seats.get('seat-c3');
    const outcome = await proposeCessation(ports, secretariat, 'seat-c3', {
      cause: 'withdrawn',
      version: seat?.version,
    });
    expect(outcome).toMatchObject({ ok: false, reason: 'rule', violation: { rule: 'R12.1' } });
  });

  it('binds a newly registered person’s Entra id at first sign-in, by verified e-mail', async () => {
    await addSeat(ports, secretariat, newCivilSeat);
    const actor = await identify(ports, { oid: 'guest-oid-123', username: 'ILYAS@example.org' });
    expect(actor?.roles).toContain('titular');
    expect((await resolveActor(ports, 'guest-oid-123'))?.displayName).toBe('Ilyas Nouveau');
    // A second, different oid for the same e-mail is not bound again.
    expect(
      await identify(ports, { oid: 'other-oid', username: 'ilyas@example.org' }),
    ).toBeUndefined();
  });
});
