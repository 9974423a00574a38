import type { MeetingDetail } from '../../core/contracts/meetings.js';
import type { Localized } from '../../core/i18n/localized.js';
import { formatSpan, plainEcho, t, type Locale } from '../i18n.js';
import {
  notice,
  text,
  type AdaptiveCard,
  type CardAction,
  type CardElement,
  type Container,
  type FactSet,
  type Refresh,
} from './card.js';

/** The card verbs of the meetings workflow (Action.Execute verbs and Action.Submit `verb`s). */
export const MEETING_VERBS = [
  'meeting.refresh',
  'meeting.sendNotice',
  'minutes.refresh',
  'meeting.propose',
  'proposal.answer',
  'minutes.amend',
  'attendance.record',
] as const;
export type MeetingVerb = (typeof MEETING_VERBS)[number];

/**
 * Which card a `meeting.refresh` redraws: each card that changes with time or viewer refreshes
 * into itself, with the current state for the person looking at it.
 */
export const MEETING_VIEWS = ['notice', 'moved', 'proposal', 'attendance'] as const;
export type MeetingView = (typeof MEETING_VIEWS)[number];

/** What the person's last action did, shown at the top of the card that replaces the clicked one. */
export type Feedback =
  /** A refusal: a rule of the manual (cited by id), bad input, a stale version… */
  { type: 'refused'; rule?: string; message: Localized } | { type: 'done'; message: Localized };

/**
 * The refresh block of a card: `userIds` are the MRIs of the conversation's members when known
 * and at most 60 (Teams' limit for user-specific views), otherwise empty (manual refresh).
 */
export function refreshBlock(
  verb: `${string}.refresh`,
  data: Record<string, string>,
  userIds: readonly string[],
): Refresh {
  return {
    action: { type: 'Action.Execute', verb, data },
    userIds: userIds.length <= REFRESH_USER_LIMIT ? [...userIds] : [],
  };
}

/** Teams refreshes a card per user for at most 60 users (PLATFORM_NOTES §7). */
export const REFRESH_USER_LIMIT = 60;

export function feedbackBlock(feedback: Feedback | undefined, locale: Locale): CardElement[] {
  if (!feedback) return [];
  if (feedback.type === 'done') {
    return [{ type: 'Container', style: 'good', items: [text(feedback.message[locale])] }];
  }
  const message = feedback.rule
    ? t('refused.rule', locale, {
        rule: feedback.rule,
        message: withoutRulePrefix(feedback.message[locale], feedback.rule),
      })
    : feedback.message[locale];
  return [
    {
      type: 'Container',
      style: 'attention',
      items: [text(message, { weight: feedback.rule ? 'Bolder' : 'Default' })],
    },
  ];
}

/**
 * Why an action is not offered on this card, when a rule of the manual refuses it now (the
 * view's `cannot`, decided by the use case): the rule and its sentence, in a subtle line.
 */
export function unavailableBlock(
  refused: { kind: string; rule?: string | undefined; message: Localized } | undefined,
  locale: Locale,
): CardElement[] {
  if (refused?.kind !== 'rule' || !refused.rule) return [];
  const message = t('unavailable.rule', locale, {
    rule: refused.rule,
    message: withoutRulePrefix(refused.message[locale], refused.rule),
  });
  return [notice('warning', message)];
}

/**
 * A rule's sentence without its own « Règle R6 : » opening, for a line that already cites the
 * rule (« Refusé (R6) : … »): some sentences of core name their rule first, others do not.
 */
export function withoutRulePrefix(message: string, rule: string): string {
  const escaped = rule.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return message.replace(new RegExp(`^(?:Règle|Rule|القاعدة)\\s+${escaped}\\s*:\\s*`, 'u'), '');
}

/** Where the meeting takes place: the room, online, or both. */
export function placeOf(meeting: MeetingDetail, locale: Locale): string | undefined {
  const place = meeting.location ? plainEcho(meeting.location, 200) : undefined;
  if (place && meeting.online) return t('meeting.onlineAnd', locale, { place });
  if (place) return place;
  return meeting.online ? t('meeting.online', locale) : undefined;
}

/** Date, time (Morocco time) and place of a meeting. */
export function meetingFacts(meeting: MeetingDetail, locale: Locale): FactSet {
  const place = placeOf(meeting, locale);
  return {
    type: 'FactSet',
    spacing: 'Medium',
    facts: [
      {
        title: t('meeting.fact.when', locale),
        value: formatSpan(meeting.start, meeting.end, locale),
      },
      ...(place ? [{ title: t('meeting.fact.where', locale), value: place }] : []),
    ],
  };
}

/** The join link, for an online meeting that has one (a Teams meeting or the ICS entry). */
export function joinAction(meeting: MeetingDetail, locale: Locale): CardAction[] {
  return meeting.joinUrl && /^https?:\/\//.test(meeting.joinUrl)
    ? [{ type: 'Action.OpenUrl', title: t('action.join', locale), url: meeting.joinUrl }]
    : [];
}

/**
 * The agenda with presenters and document names. `limit` bounds the items shown, so a long
 * agenda still fits a card (the rest is counted, and is in the tab).
 */
export function agendaBlock(
  meeting: MeetingDetail,
  locale: Locale,
  limit = Number.POSITIVE_INFINITY,
): Container {
  const shown = meeting.agenda.slice(0, limit);
  const hidden = meeting.agenda.length - shown.length;
  return {
    type: 'Container',
    separator: true,
    spacing: 'Medium',
    items: [
      text(t('field.agenda', locale), { weight: 'Bolder', size: 'Medium' }),
      ...(meeting.agenda.length === 0
        ? [text(t('meeting.agenda.empty', locale), { isSubtle: true })]
        : shown.map((item, index): Container => {
            const details = [
              item.presenter
                ? t('meeting.agenda.presenter', locale, { name: plainEcho(item.presenter, 120) })
                : undefined,
              item.documents.length > 0
                ? t('meeting.agenda.documents', locale, {
                    names: item.documents.map((d) => plainEcho(d.name, 120)).join(', '),
                  })
                : undefined,
            ].filter((line): line is string => line !== undefined);
            return {
              type: 'Container',
              spacing: 'Small',
              items: [
                // A no-break space after the number: « 1. » followed by a space would turn into a
                // markdown list, indented away from the presenter line below it.
                text(`${index + 1}.\u00a0${plainEcho(item.title, 300)}`, { weight: 'Bolder' }),
                ...(details.length > 0
                  ? [text(details.join('\n\n'), { isSubtle: true, size: 'Small', spacing: 'None' })]
                  : []),
              ],
            };
          })),
      ...(hidden > 0
        ? [text(t('meeting.agenda.more', locale, { count: hidden }), { isSubtle: true })]
        : []),
    ],
  };
}

/**
 * A meeting's proposal window (R5.3) as the card shows it. Whether it is open comes from the
 * use case (`windowsOpen`), which also decides each proposal.
 */
export type ProposalWindow =
  | { state: 'not-noticed' }
  | { state: 'open'; closesAt: string }
  | { state: 'closed'; closedAt: string };

export function proposalWindow(meeting: MeetingDetail): ProposalWindow {
  const closesAt = meeting.deadlines.proposalsCloseAt;
  if (!closesAt || !meeting.noticeSentAt) return { state: 'not-noticed' };
  return meeting.windowsOpen.proposals
    ? { state: 'open', closesAt }
    : { state: 'closed', closedAt: closesAt };
}

/**
 * The last minute of an exclusive deadline, for people: a window closing at 00:00 on the 6th
 * is open « until the 5th at 23:59 ».
 */
export function lastMinuteBefore(closesAt: string): string {
  return new Date(Date.parse(closesAt) - 60_000).toISOString();
}

/** A card's size as Teams counts it closely enough (UTF-8 JSON). */
export const cardBytes = (card: AdaptiveCard) => Buffer.byteLength(JSON.stringify(card), 'utf8');

/** Cards stay below 28 KB, the most conservative limit reported for Teams (PLATFORM_NOTES §7). */
export const CARD_BUDGET_BYTES = 27 * 1024;

/**
 * Builds the card with every agenda item, then with fewer until it fits the budget: the items
 * left out are counted on the card and are in the tab.
 */
export function fitted(build: (agendaLimit: number) => AdaptiveCard): AdaptiveCard {
  let card = build(Number.POSITIVE_INFINITY);
  for (const limit of [20, 10, 5, 2, 0]) {
    if (cardBytes(card) <= CARD_BUDGET_BYTES) return card;
    card = build(limit);
  }
  return card;
}

/** Quoted text someone typed, safe in a card (no markdown), bounded. */
export const quote = (value: string, max = 500) => plainEcho(value, max);
