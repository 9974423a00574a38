import { openEmbeddedPorts, type EmbeddedPorts } from '../../embedded/index.js';
import { loadExampleCommittee } from '../../server/example-committee.js';
import { manualClock, sequentialIds, temporaryDirectory } from './fixtures.js';

/**
 * The embedded store on a fresh data folder with the example committee loaded, a clock the
 * test moves by hand and record ids `rec-…`: the register tests' starting point.
 */
export async function openExampleStore(start = '2026-03-02T09:00:00Z') {
  const dir = await temporaryDirectory();
  const clock = manualClock(start);
  const ports: EmbeddedPorts = openEmbeddedPorts({
    dataDir: dir.path,
    clock,
    ids: sequentialIds('rec'),
  });
  await loadExampleCommittee(ports);
  return {
    ports,
    clock,
    remove: async () => {
      ports.close();
      await dir.remove();
    },
  };
}

/** A fifth administration seat (the example committee has four per college). */
export const NEW_ADMINISTRATION_SEAT = {
  college: 'administration',
  organisation: { id: 'org-a5' },
  titular: { displayName: 'Hicham Désigné', email: 'hicham@example.org' },
  alternate: { displayName: 'Samira Suppléante', email: 'samira@example.org' },
  mandateStart: '2025-01-01',
  mandateEnd: '2026-12-31',
} as const;

/** A fifth civil-society seat, its holders guests of the tenant. */
export const NEW_CIVIL_SEAT = {
  college: 'civil_society',
  organisation: { name: 'Association fictive Nouvelle Voix', region: 'Oriental' },
  titular: { displayName: 'Ilyas Nouveau', email: 'ilyas@example.org', guest: true },
  alternate: { displayName: 'Meryem Suivante', email: 'meryem@example.org', guest: true },
  mandateStart: '2025-01-01',
  mandateEnd: '2026-12-31',
} as const;
