import type { DocumentRef } from '../../ports/documents.js';
import type { Ports } from '../../ports/store.js';
import { canSeeDocument, type DocumentUse } from '../../rules/visibility.js';
import type { Actor } from '../actor.js';
import { viewerOf } from '../viewer.js';

/**
 * The records that use a document, by its purpose, which the visibility rule needs to decide
 * who may read it (core/rules/visibility.ts `canSeeDocument`).
 */
export async function documentUse(
  ports: Pick<Ports, 'seats' | 'meetings' | 'communications' | 'people'>,
  ref: DocumentRef,
): Promise<DocumentUse> {
  switch (ref.purpose) {
    case 'designation-letter':
    case 'withdrawal-letter': {
      const seats = (await ports.seats.list()).map((s) => s.value);
      return {
        seats: seats.filter(
          (s) => s.designationLetterId === ref.id || s.cessation?.letterDocumentId === ref.id,
        ),
      };
    }
    case 'minutes':
    case 'agenda-document': {
      const meetings = (await ports.meetings.list()).map((m) => m.value);
      return {
        minutesOf: meetings.filter((m) => m.minutesDocumentId === ref.id),
        agendaOf: meetings.filter((m) => m.agenda.some((a) => a.documentIds.includes(ref.id))),
      };
    }
    case 'visual': {
      const communications = (await ports.communications.list()).map((c) => c.value);
      return { visualOf: communications.filter((c) => c.visualDocumentId === ref.id) };
    }
    default:
      return {};
  }
}

/** Whether `actor` may read the document: the one rule, with the records that use it. */
export async function mayReadDocument(
  ports: Pick<Ports, 'seats' | 'meetings' | 'communications' | 'people'>,
  actor: Actor,
  ref: DocumentRef,
): Promise<boolean> {
  const [use, person] = await Promise.all([
    documentUse(ports, ref),
    ports.people.get(actor.personId),
  ]);
  return canSeeDocument(viewerOf(actor, person?.value.email), ref, use);
}
