import type { CommunicationView } from '../../core/contracts/decisions.js';
import { formatDay, formatInstant, t, type Locale } from '../i18n.js';
import {
  actionSet,
  adaptiveCard,
  execute,
  heading,
  notice,
  text,
  type AdaptiveCard,
  type CardElement,
} from './card.js';
import { typed } from './decision-parts.js';
import { feedbackBlock, quote, refreshBlock, type Feedback } from './meeting-parts.js';

export interface CommunicationSubmittedView {
  communication: CommunicationView;
  /** The person the card is built for (their `can`, their objection); absent for a channel card. */
  viewerId?: string;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
  /** The reason typed, put back when the objection was refused as invalid. */
  draftReason?: string;
}

/** The id of the objection's input: Action.Execute posts `{ communicationId, reason }`. */
export const OBJECTION_INPUT = 'reason';

/** Objections listed on the card; the others are counted (and in the tab). */
const OBJECTIONS_SHOWN = 10;

/**
 * A communication in the committee's name submitted for validation (R10.1): the text, the
 * channel, the planned day, the objection deadline and the hashtag to include (R10.2). While
 * the window is open a member may object with a reason (`communication.object`), which puts it
 * to a vote; without objection it is validated when the window ends.
 */
export function communicationSubmittedCard(
  view: CommunicationSubmittedView,
  locale: Locale,
): AdaptiveCard {
  const { communication } = view;
  return adaptiveCard(
    locale,
    [
      heading(t('communication.title', locale)),
      ...feedbackBlock(view.feedback, locale),
      text(
        t('communication.intro', locale, {
          name: quote(communication.requester.displayName, 80),
        }),
        { spacing: 'Medium' },
      ),
      {
        type: 'Container',
        style: 'emphasis',
        items: [text(typed(communication.text, 2000, locale))],
      },
      ...(communication.visualDocumentId
        ? [text(t('communication.visual', locale), { size: 'Small', isSubtle: true })]
        : []),
      {
        type: 'FactSet',
        spacing: 'Medium',
        facts: [
          {
            title: t('field.channel', locale),
            value: t(`channel.${communication.channel}`, locale),
          },
          {
            title: t('communication.fact.planned', locale),
            value: formatDay(communication.plannedDay, locale),
          },
          {
            title: t('communication.fact.status', locale),
            value: t(`communication.status.${communication.status}`, locale),
          },
          {
            title: t('communications.objections', locale),
            value: t('count.objections', locale, {
              count: communication.objections.length,
            }),
          },
        ],
      },
      ...windowBlock(view, locale),
      text(t('communications.hashtag', locale, { hashtag: communication.hashtag }), {
        size: 'Small',
      }),
      ...objections(view, locale),
      ...objectForm(view, locale),
    ],
    // For clients without per-user views (more than 60 members, or no auto-refresh).
    [
      execute(
        t('delivery.refresh', locale),
        'communication.refresh',
        { communicationId: communication.id },
        { inputs: 'none' },
      ),
    ],
    refreshBlock(
      'communication.refresh',
      { communicationId: communication.id },
      view.refreshUserIds,
    ),
  );
}

function windowBlock(view: CommunicationSubmittedView, locale: Locale): CardElement[] {
  const { communication } = view;
  const day = formatDay(communication.objectionDeadline, locale);
  // R10.1: whether members may still object comes from the use case.
  if (communication.objectionOpen) {
    return [notice('accent', t('communication.window.open', locale, { day }))];
  }
  if (communication.status === 'submitted' || communication.status === 'objected') {
    return [notice('emphasis', t('communication.window.closed', locale, { day }))];
  }
  return [];
}

const mine = (view: CommunicationSubmittedView) =>
  view.viewerId === undefined
    ? undefined
    : view.communication.objections.find((o) => o.person.id === view.viewerId);

/** Who objected and why (R10.1 is decided in the open); the viewer's own objection first. */
function objections(view: CommunicationSubmittedView, locale: Locale): CardElement[] {
  const own = mine(view);
  const others = view.communication.objections.filter((o) => o !== own);
  if (!own && others.length === 0) return [];
  const shown = others.slice(0, OBJECTIONS_SHOWN);
  return [
    {
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        ...(own
          ? [
              {
                type: 'Container' as const,
                style: 'warning' as const,
                items: [
                  text(
                    t('communication.yourObjection', locale, {
                      when: formatInstant(own.at, locale),
                      reason: quote(own.reason),
                    }),
                    { weight: 'Bolder' },
                  ),
                ],
              },
            ]
          : []),
        ...shown.map((o) =>
          text(
            t('communication.objectionBy', locale, {
              name: quote(o.person.displayName, 80),
              when: formatInstant(o.at, locale),
              reason: quote(o.reason),
            }),
            { size: 'Small' },
          ),
        ),
      ],
    },
  ];
}

/** May this viewer object now? A channel card shows the form while the window is open. */
function mayObject(view: CommunicationSubmittedView): boolean {
  // The use case says no to a second objection of the same person (`cannot.object`).
  if (view.viewerId !== undefined) return view.communication.can.object;
  return view.communication.objectionOpen;
}

function objectForm(view: CommunicationSubmittedView, locale: Locale): CardElement[] {
  if (!mayObject(view)) return [];
  return [
    {
      type: 'Input.Text',
      id: OBJECTION_INPUT,
      label: t('communication.objectReason', locale),
      isMultiline: true,
      maxLength: 1000,
      isRequired: true,
      errorMessage: t('communication.objectReason.required', locale),
      spacing: 'Large',
      ...(view.draftReason ? { value: view.draftReason } : {}),
    },
    text(t('communications.objectHint', locale), { size: 'Small', isSubtle: true }),
    actionSet([
      execute(t('communications.objectSubmit', locale), 'communication.object', {
        communicationId: view.communication.id,
      }),
    ]),
  ];
}
