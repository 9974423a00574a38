import type { CompositionView, SeatView } from '../../contracts/register.js';
import type { Ports } from '../../ports/store.js';
import type { College } from '../../model/common.js';
import { parityReport } from '../../rules/r3-2-parity.js';
import { canSeeDocument } from '../../rules/visibility.js';
import { activeImbalance } from './parity.js';
import { cessationCandidates } from '../../rules/r12-2-cessation-proposals.js';
import { localDay } from '../../time.js';
import type { Actor } from '../actor.js';
import { canManageRegister, canReadCommittee } from '../actor.js';
import { forbidden, success, type Outcome } from '../outcome.js';
import { redactContacts, viewerOf } from '../viewer.js';
import { loadRegister } from './snapshot.js';
import { seatView } from './views.js';
import { seatAttendanceHistory } from './attendance-history.js';

export const NOT_A_MEMBER = {
  fr: 'Seuls les membres du comité, la présidence et le secrétariat consultent ce registre.',
  ar: 'لا يطلع على هذا السجل إلا أعضاء اللجنة والرئاسة والكتابة.',
  en: 'Only committee members, the chair and the secretariat can read this register.',
};

/**
 * The committee's composition: both colleges side by side, the parity indicator (R3.2), the
 * history of ceased seats and — for the secretariat — the cessations to consider (R12.2).
 */
export async function getComposition(
  ports: Ports,
  actor: Actor,
): Promise<Outcome<CompositionView>> {
  if (!canReadCommittee(actor)) return forbidden(NOT_A_MEMBER);
  const snapshot = await loadRegister(ports);
  const now = ports.clock.now();
  const today = localDay(now);
  // Active and pending seats (R3.2: pending ones shown with their reason); withdrawn seats
  // never served and leave the view (the audit keeps them).
  const current = snapshot.seats.filter(
    (s) => s.value.status !== 'ceased' && s.value.status !== 'withdrawn',
  );
  const views = current
    .map((s) => seatView(s, snapshot, actor, now))
    .sort((a, b) => a.organisation.name.localeCompare(b.organisation.name, 'fr'));
  const seats = snapshot.seats.map((s) => s.value);
  const parity = parityReport(
    seats.map((s) => ({ college: s.college, active: s.status === 'active' })),
  );
  const pending = (college: College) =>
    seats.filter((s) => s.status === 'pending' && s.college === college).length;
  const imbalance = activeImbalance(seats);
  const activeCivil = current
    .filter((s) => s.value.status === 'active' && s.value.college === 'civil_society')
    .map((s) => s.value.id);
  const attendance = canManageRegister(actor)
    ? await seatAttendanceHistory(ports, activeCivil)
    : {};
  const candidates = canManageRegister(actor)
    ? cessationCandidates({
        seats: current
          .filter((s) => s.value.status === 'active')
          .map((s) => ({
            seatId: s.value.id,
            college: s.value.college,
            mandateEnd: s.value.mandateEnd,
            status: 'active' as const,
          })),
        attendance,
        today,
      }).filter((c) => !snapshot.seats.find((s) => s.value.id === c.seatId)?.value.cessation)
    : [];
  const viewer = viewerOf(actor);
  // The letters a seat view names (R4.1, R12.1) are listed only to whom may read them.
  const letters = (view: SeatView): SeatView => {
    const seat = { titularId: view.titular?.id, alternateId: view.alternate?.id };
    const may = (ref: { purpose: string; uploadedBy: string }) =>
      canSeeDocument(viewer, ref, { seats: [seat] });
    const { designationLetter, cessation, ...rest } = view;
    const { letter, ...cessationRest } = cessation ?? {};
    return {
      ...rest,
      ...(designationLetter && may(designationLetter) ? { designationLetter } : {}),
      ...(cessation
        ? { cessation: { ...cessationRest, ...(letter && may(letter) ? { letter } : {}) } }
        : {}),
    } as SeatView;
  };
  return redactContacts(
    success({
      administration: views.filter((v) => v.college === 'administration').map(letters),
      civilSociety: views.filter((v) => v.college === 'civil_society').map(letters),
      parity: {
        administration: parity.administration,
        civilSociety: parity.civilSociety,
        balanced: parity.verdict.ok,
        ...(parity.verdict.ok ? {} : { violation: parity.verdict }),
        pending: {
          administration: pending('administration'),
          civilSociety: pending('civil_society'),
        },
        ...(imbalance.ok
          ? {}
          : { imbalance: { rule: imbalance.rule, key: imbalance.key, params: imbalance.params } }),
      },
      ceased: snapshot.seats
        .filter((s) => s.value.status === 'ceased')
        .map((s) => letters(seatView(s, snapshot, actor, now)))
        .sort((a, b) =>
          (b.cessation?.effectiveOn ?? '').localeCompare(a.cessation?.effectiveOn ?? ''),
        ),
      cessationCandidates: candidates,
      example: [...snapshot.organisations.values()].some((o) => o.example),
      asOf: today,
    }),
    viewer,
  );
}
