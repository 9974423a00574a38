import type { RevisionView } from '../../core/contracts/decisions.js';
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

export interface RevisionSupportView {
  revision: RevisionView;
  /** The person the card is built for (their `can`, their support); absent for a channel card. */
  viewerId?: string;
  refreshUserIds: readonly string[];
  feedback?: Feedback;
}

/** Supporters named on the card; the others are counted in the seats. */
const SUPPORTERS_SHOWN = 12;

/**
 * A request to revise the manual (R13) collecting support: its text, who asked, the supporting
 * seats out of the third of active seats needed and the filing window (R13.1). While it
 * collects support a member supports it from the card (`revision.support`); supporting twice
 * counts once, and two people of one seat count as one seat.
 */
export function revisionSupportCard(view: RevisionSupportView, locale: Locale): AdaptiveCard {
  const { revision } = view;
  return adaptiveCard(
    locale,
    [
      heading(t('revision.title', locale)),
      ...feedbackBlock(view.feedback, locale),
      text(
        t('revision.intro', locale, {
          name: quote(revision.author.displayName, 80),
        }),
        { spacing: 'Medium' },
      ),
      {
        type: 'Container',
        style: 'emphasis',
        items: [
          text(typed(revision.text, 2000, locale)),
          text(
            t('revision.createdAt', locale, { when: formatInstant(revision.createdAt, locale) }),
            {
              size: 'Small',
              isSubtle: true,
            },
          ),
        ],
      },
      {
        type: 'FactSet',
        spacing: 'Medium',
        facts: [
          {
            title: t('revision.fact.support', locale),
            value: t('revision.support', locale, {
              seats: revision.support.seats,
              needed: revision.support.needed,
            }),
          },
          {
            title: t('revision.fact.window', locale),
            value: t('revision.window', locale, {
              start: formatDay(revision.window.start, locale),
              end: formatDay(revision.window.end, locale),
            }),
          },
          {
            title: t('revision.fact.status', locale),
            value: t(`revision.status.${revision.status}`, locale),
          },
        ],
      },
      ...supporters(revision, locale),
      text(t('revision.rule', locale), { size: 'Small', isSubtle: true }),
      ...supportBlock(view, locale),
    ],
    // For clients without per-user views (more than 60 members, or no auto-refresh).
    [
      execute(
        t('delivery.refresh', locale),
        'revision.refresh',
        { revisionId: revision.id },
        { inputs: 'none' },
      ),
    ],
    refreshBlock('revision.refresh', { revisionId: revision.id }, view.refreshUserIds),
  );
}

function supporters(revision: RevisionView, locale: Locale): CardElement[] {
  if (revision.supporters.length === 0) return [];
  const shown = revision.supporters.slice(0, SUPPORTERS_SHOWN);
  const more = revision.supporters.length - shown.length;
  const names = shown.map((p) => quote(p.displayName, 80)).join(', ') + (more > 0 ? ', …' : '');
  return [text(t('revisions.supporters', locale, { names }), { size: 'Small' })];
}

/** The viewer's support, or the button; a channel card shows it while support is collected. */
function supportBlock(view: RevisionSupportView, locale: Locale): CardElement[] {
  const { revision } = view;
  if (view.viewerId === undefined) {
    return revision.status === 'collecting_support'
      ? [notice('accent', t('revision.othersSupport', locale)), supportButton(revision, locale)]
      : [];
  }
  if (revision.supporters.some((p) => p.id === view.viewerId)) {
    return [notice('good', t('revision.yours', locale))];
  }
  return revision.can.support ? [supportButton(revision, locale)] : [];
}

const supportButton = (revision: RevisionView, locale: Locale) =>
  actionSet([
    execute(
      t('action.revision.support', locale),
      'revision.support',
      { revisionId: revision.id },
      { style: 'positive', inputs: 'none' },
    ),
  ]);
