import type { Ports } from '../../ports/store.js';
import type { RegisterSnapshot } from './views.js';

/** The documents the register shows: designation and withdrawal letters. */
export const REGISTER_DOCUMENT_PURPOSES = ['designation-letter', 'withdrawal-letter'] as const;

/** Reads the whole register (seats, organisations, people and their letters). */
export async function loadRegister(
  ports: Pick<Ports, 'seats' | 'organisations' | 'people' | 'documents'>,
): Promise<RegisterSnapshot> {
  const [seats, organisations, people, ...documentLists] = await Promise.all([
    ports.seats.list(),
    ports.organisations.list(),
    ports.people.list(),
    ...REGISTER_DOCUMENT_PURPOSES.map((purpose) => ports.documents.findBy('purpose', purpose)),
  ]);
  return {
    seats,
    organisations: new Map(organisations.map((o) => [o.value.id, o.value])),
    people: new Map(people.map((p) => [p.value.id, p.value])),
    documents: new Map(documentLists.flat().map((d) => [d.value.id, d.value])),
  };
}
