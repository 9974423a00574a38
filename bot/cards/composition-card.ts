import type {
  CompositionView,
  ParityFinding,
  ParityView,
  SeatView,
} from '../../core/contracts/register.js';
import { formatDay, plainEcho, t, type Locale, type MessageKey } from '../i18n.js';
import {
  adaptiveCard,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Container,
} from './card.js';

export interface CompositionCardView {
  composition: CompositionView;
  /** The tab's members page, when the app has a public address. */
  membersUrl?: string;
}

/**
 * The committee's composition: the parity indicator first (R3.2: the imbalance is shown at all
 * times), then each college's seats, the number of ceased seats and, for the fictional example
 * committee, a notice saying so.
 */
export function compositionCard(view: CompositionCardView, locale: Locale): AdaptiveCard {
  const { composition } = view;
  const actions: CardAction[] = view.membersUrl
    ? [{ type: 'Action.OpenUrl', title: t('action.openMembers', locale), url: view.membersUrl }]
    : [];
  return adaptiveCard(
    locale,
    [
      heading(t('composition.title', locale)),
      text(t('composition.asOf', locale, { date: formatDay(composition.asOf, locale) }), {
        isSubtle: true,
        spacing: 'None',
      }),
      ...(composition.example ? [notice('warning', t('composition.example', locale))] : []),
      parityBlock(composition.parity, locale),
      college('college.administration', composition.administration, locale),
      college('college.civilSociety', composition.civilSociety, locale),
      text(t('composition.ceased', locale, { count: composition.ceased.length }), {
        isSubtle: true,
        separator: true,
        spacing: 'Medium',
      }),
    ],
    actions,
  );
}

/** R3.2 in codes (a pending seat's reason, an imbalance): the finding, then what to do. */
function parityFinding(finding: ParityFinding, locale: Locale): CardElement[] {
  const college = t(`parity.lacking.${finding.params.lacking}`, locale);
  return [
    text(t(`card.parity.finding.${finding.key}`, locale, { ...finding.params, college }), {
      size: 'Small',
    }),
    text(t(`parity.remedy.${finding.params.remedy}`, locale), { size: 'Small', isSubtle: true }),
  ];
}

/**
 * R3.2: one line when the colleges are equal (the count is in it); when parity is broken, the
 * rule id, the counts side by side, the rule's own sentence and what the manual requires to
 * restore it (e.g. after a cessation). Seats waiting for parity are counted apart.
 */
function parityBlock(parity: ParityView, locale: Locale): Container {
  const pending = parity.pending.administration + parity.pending.civilSociety;
  const waiting =
    pending > 0
      ? [text(t('college.pendingSeats', locale, { count: pending }), { size: 'Small' })]
      : [];
  if (parity.balanced) {
    return {
      type: 'Container',
      style: 'good',
      spacing: 'Medium',
      items: [
        text(t('card.parity.balanced', locale, { count: parity.administration }), {
          weight: 'Bolder',
        }),
        ...waiting,
      ],
    };
  }
  const rule = parity.violation?.rule ?? 'R3.2';
  return {
    type: 'Container',
    style: 'attention',
    spacing: 'Medium',
    items: [
      text(t('parity.broken', locale, { rule }), { weight: 'Bolder', color: 'Attention' }),
      {
        type: 'FactSet',
        facts: [
          {
            title: t('college.administration', locale),
            value: t('college.activeSeats', locale, { count: parity.administration }),
          },
          {
            title: t('college.civilSociety', locale),
            value: t('college.activeSeats', locale, { count: parity.civilSociety }),
          },
        ],
      },
      ...(parity.violation ? [text(parity.violation.message[locale], { size: 'Small' })] : []),
      ...(parity.imbalance ? parityFinding(parity.imbalance, locale) : []),
      ...waiting,
    ],
  };
}

/**
 * A college's seats. Mandates usually end together (they follow the NAP, R4.7): the date is
 * then written once under the heading rather than on every seat.
 */
function college(title: MessageKey, seats: readonly SeatView[], locale: Locale): Container {
  const active = seats.filter((seat) => seat.status === 'active').length;
  const ends = new Set(seats.map((seat) => seat.mandateEnd));
  const [commonEnd] = ends.size === 1 ? [...ends] : [];
  return {
    type: 'Container',
    separator: true,
    spacing: 'Large',
    items: [
      text(`${t(title, locale)} · ${t('college.activeSeats', locale, { count: active })}`, {
        size: 'Medium',
        weight: 'Bolder',
      }),
      ...(commonEnd
        ? [
            text(t('college.mandatesEnd', locale, { date: formatDay(commonEnd, locale) }), {
              isSubtle: true,
              spacing: 'None',
            }),
          ]
        : []),
      ...(seats.length > 0
        ? seats.map((seat) => seatBlock(seat, locale, !commonEnd))
        : [text(t('college.empty', locale), { isSubtle: true })]),
    ],
  };
}

function seatBlock(seat: SeatView, locale: Locale, withMandateEnd: boolean): CardElement {
  // Names come from the register, typed by people: literal, never markdown.
  const name = plainEcho(seat.organisation.name, 200);
  const organisation = seat.organisation.acronym
    ? `${name} (${plainEcho(seat.organisation.acronym, 30)})`
    : name;
  const holder = (person: SeatView['titular']) =>
    person ? plainEcho(person.displayName, 120) : t('seat.vacant', locale);
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      text(organisation, { weight: 'Bolder' }),
      ...(seat.status === 'draft'
        ? [{ ...notice('warning', t('card.seat.draft', locale)), spacing: 'Small' as const }]
        : []),
      ...(seat.status === 'pending'
        ? [
            { ...notice('warning', t('card.seat.pending', locale)), spacing: 'Small' as const },
            ...(seat.pending?.reason ? parityFinding(seat.pending.reason, locale) : []),
          ]
        : []),
      {
        type: 'FactSet',
        spacing: 'Small',
        facts: [
          { title: t('seat.titular', locale), value: holder(seat.titular) },
          { title: t('seat.alternate', locale), value: holder(seat.alternate) },
          ...(withMandateEnd
            ? [{ title: t('seat.mandateEnd', locale), value: formatDay(seat.mandateEnd, locale) }]
            : []),
        ],
      },
    ],
  };
}
