import type { Activity, ChannelAccount } from 'botbuilder';
import type { CompositionView, SeatView } from '../../core/contracts/register.js';
import type { College } from '../../core/model/common.js';
import {
  checkActiveParity,
  checkSeatParity,
  parityReport,
  type ParityMember,
} from '../../core/rules/r3-2-parity.js';

/** A seat view as the register use case returns it. */
export function seatView(
  college: College,
  index: number,
  overrides: Partial<SeatView> = {},
): SeatView {
  const prefix = college === 'administration' ? 'a' : 'c';
  return {
    id: `seat-${prefix}${index}`,
    version: '1',
    college,
    status: 'active',
    organisation: {
      id: `org-${prefix}${index}`,
      name:
        college === 'administration'
          ? `Ministère fictif n° ${index} de la Transition numérique et de la Réforme administrative`
          : `Association fictive n° ${index} pour la Transparence et la Redevabilité`,
      college,
      example: true,
      ...(college === 'administration' ? { acronym: `MF${index}` } : { region: 'Souss-Massa' }),
    },
    titular: {
      id: `p-${prefix}${index}t`,
      displayName: `Titulaire Exemple ${prefix}${index}`,
      email: `t${index}@example.org`,
      guest: college === 'civil_society',
    },
    alternate: {
      id: `p-${prefix}${index}s`,
      displayName: `Suppléant Exemple ${prefix}${index}`,
      email: `s${index}@example.org`,
      guest: college === 'civil_society',
    },
    mandateStart: '2025-01-01',
    mandateEnd: '2026-12-31',
    term: 1,
    findings: [],
    // A member's view: the register's changes are the secretariat's.
    can: {
      replaceHolder: false,
      recordLetter: false,
      proposeCessation: false,
      confirmCessation: false,
      dismissCessation: false,
      withdraw: false,
    },
    cannot: {},
    ...overrides,
  };
}

/** A composition with `administration` and `civilSociety` active seats, parity from R3.2. */
export function compositionView(
  administration: number,
  civilSociety: number,
  options: { example?: boolean; ceased?: number; extra?: SeatView[] } = {},
): CompositionView {
  const admin = Array.from({ length: administration }, (_, i) => seatView('administration', i + 1));
  const civil = Array.from({ length: civilSociety }, (_, i) => seatView('civil_society', i + 1));
  const extra = options.extra ?? [];
  const members: ParityMember[] = [...admin, ...civil, ...extra].map((s) => ({
    id: s.id,
    college: s.college,
    status: s.status,
  }));
  // R3.2 as the register use case computes it: pending seats carry their reason.
  const all = [...admin, ...civil, ...extra].map((s) => {
    const reason = checkSeatParity(members, s.id);
    return s.status === 'pending' && !reason.ok
      ? { ...s, pending: { reason: { rule: reason.rule, key: reason.key, params: reason.params } } }
      : s;
  });
  const report = parityReport(
    all.map((s) => ({ college: s.college, active: s.status === 'active' })),
  );
  const imbalance = checkActiveParity(members);
  const pending = (college: College) =>
    all.filter((s) => s.status === 'pending' && s.college === college).length;
  return {
    administration: all.filter((s) => s.college === 'administration'),
    civilSociety: all.filter((s) => s.college === 'civil_society'),
    parity: {
      administration: report.administration,
      civilSociety: report.civilSociety,
      balanced: report.verdict.ok,
      ...(report.verdict.ok ? {} : { violation: report.verdict }),
      pending: {
        administration: pending('administration'),
        civilSociety: pending('civil_society'),
      },
      ...(imbalance.ok
        ? {}
        : { imbalance: { rule: imbalance.rule, key: imbalance.key, params: imbalance.params } }),
    },
    ceased: Array.from({ length: options.ceased ?? 0 }, (_, i) =>
      seatView('civil_society', 90 + i, { status: 'ceased' }),
    ),
    cessationCandidates: [],
    example: options.example ?? false,
    asOf: '2025-06-15',
  };
}

/** The bot's own account in the test conversations. */
export const BOT = { id: '28:copil-bot', name: 'Copil OGP' };

/** An activity from `from` in their personal chat with the bot (Teams in French). */
export function personalActivity(
  from: ChannelAccount,
  overrides: Partial<Activity>,
): Partial<Activity> {
  return {
    channelId: 'msteams',
    serviceUrl: 'http://localhost:56150/_connector',
    from,
    recipient: BOT,
    conversation: {
      id: `a:personal-${from.id}`,
      conversationType: 'personal',
      tenantId: 'tenant-1',
    } as Activity['conversation'],
    locale: 'fr-FR',
    ...overrides,
  };
}

/** The `adaptiveCard/action` invoke Teams sends for an Action.Execute. */
export const executeInvoke = (from: ChannelAccount, verb: string, data: Record<string, unknown>) =>
  personalActivity(from, {
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  });
