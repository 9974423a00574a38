import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  type BadgeProps,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { NoticeDelivery, RecipientDelivery } from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { deliveryInProgress, deliverySummary, noticeConfirmation } from './delivery-text.js';
import type { SectionProps } from './section.js';
import { UserText } from '../../components/UserText.js';

const useDeliveryStyles = makeStyles({
  summary: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  reason: { display: 'block', color: tokens.colorNeutralForeground2 },
  help: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

type State = RecipientDelivery['teams']['state'];

const STATE_COLOR: Record<State, BadgeProps['color']> = {
  queued: 'informative',
  sending: 'informative',
  delivered: 'success',
  retrying: 'warning',
  failed: 'danger',
};

const URGENCY: Record<State, number> = {
  failed: 0,
  retrying: 1,
  queued: 2,
  sending: 3,
  delivered: 4,
};

/** Seconds between two looks at a notice being delivered, and how many looks at most. */
const POLL_MS = 3000;
const MAX_POLLS = 40;

/** While the outbox works on the notice, the page looks again by itself (then stops). */
function useLiveDelivery(delivery: NoticeDelivery | undefined, reload: () => void) {
  const [polls, setPolls] = useState(0);
  const live = deliveryInProgress(delivery);
  useEffect(() => {
    if (!live || polls >= MAX_POLLS) return undefined;
    const timer = setTimeout(() => {
      setPolls((n) => n + 1);
      reload();
    }, POLL_MS);
    return () => clearTimeout(timer);
  }, [delivery, live, polls, reload]);
  return { live, stopped: live && polls >= MAX_POLLS, restart: () => setPolls(0) };
}

function StateBadge({ state }: { state: State }) {
  const { t } = useT();
  return (
    <Badge appearance="tint" shape="rounded" color={STATE_COLOR[state]}>
      {t(`delivery.state.${state}` as MessageKey)}
    </Badge>
  );
}

/** One channel's line: its state, the reason in plain words, the attempts. */
function ChannelState({ teams }: { teams: RecipientDelivery['teams'] }) {
  const { t, formatInstant } = useT();
  const styles = useDeliveryStyles();
  return (
    <>
      <StateBadge state={teams.state} />
      {teams.reason && teams.state !== 'delivered' && (
        <Text size={200} className={styles.reason} data-testid="delivery-reason">
          {t(`delivery.reason.${teams.reason}` as MessageKey)}
        </Text>
      )}
      {teams.lastAttemptAt && teams.state !== 'delivered' && (
        <Text size={200} className={styles.reason}>
          {t('delivery.attempts', {
            count: teams.attempts,
            date: formatInstant(teams.lastAttemptAt),
          })}
        </Text>
      )}
    </>
  );
}

/**
 * Who the notice reached, per person: the Teams card and the calendar. `only` keeps the lines
 * not delivered (the dashboard). A retry button per line the secretariat may send again.
 */
export function DeliveryTable({
  delivery,
  only = 'all',
  onRetry,
  busy,
}: {
  delivery: NoticeDelivery;
  only?: 'all' | 'not-delivered';
  onRetry?: (personIds?: string[]) => void;
  busy?: boolean;
}) {
  const { t } = useT();
  // Who was not reached comes first: that is what the secretariat acts on.
  const rows = (delivery.recipients ?? [])
    .filter((r) => only === 'all' || r.teams.state !== 'delivered')
    .sort((a, b) => URGENCY[a.teams.state] - URGENCY[b.teams.state]);
  if (rows.length === 0) return null;
  return (
    <Table size="small" aria-label={t('delivery.tableLabel')} data-testid="delivery-table">
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('delivery.person')}</TableHeaderCell>
          <TableHeaderCell>{t('delivery.teams')}</TableHeaderCell>
          <TableHeaderCell>{t('delivery.calendar')}</TableHeaderCell>
          {onRetry && <TableHeaderCell>{t('delivery.action')}</TableHeaderCell>}
        </TableRow>
      </TableHeader>
      <TableBody>
        {rows.map((row) => (
          <TableRow
            key={row.person.id}
            data-testid="delivery-row"
            data-person={row.person.id}
            data-state={row.teams.state}
          >
            <TableCell>
              <Text weight="semibold">
                <UserText>{row.person.displayName}</UserText>
              </Text>
              <br />
              <Text size={200}>{t(`delivery.capacity.${row.capacity}` as MessageKey)}</Text>
            </TableCell>
            <TableCell>
              <ChannelState teams={row.teams} />
            </TableCell>
            <TableCell>{t(`delivery.calendar.${row.calendar}` as MessageKey)}</TableCell>
            {onRetry && (
              <TableCell>
                {(row.teams.state === 'failed' || row.teams.state === 'retrying') && (
                  <Button
                    size="small"
                    disabled={busy}
                    onClick={() => onRetry([row.person.id])}
                    aria-label={t('delivery.retryOne', { name: row.person.displayName })}
                  >
                    {t('delivery.retry')}
                  </Button>
                )}
              </TableCell>
            )}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

/** What to do for members the bot cannot reach: install the app for them, or the calendar. */
export function UnreachableHelp({ delivery }: { delivery: NoticeDelivery }) {
  const { t } = useT();
  const styles = useDeliveryStyles();
  if (delivery.failed === 0 && delivery.notInstalled === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="delivery-help">
      <MessageBarBody>
        <MessageBarTitle>{t('delivery.help.title')}</MessageBarTitle>
        <ul className={styles.help}>
          <li>{t('delivery.help.install')}</li>
          <li>
            {delivery.calendar === 'outlook-invitation'
              ? t('delivery.help.outlook')
              : delivery.calendar === 'ics-feed'
                ? t('delivery.help.ics')
                : t('delivery.help.none')}
          </li>
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** A member's own line: did the notice reach them in Teams? */
function MyDelivery({ mine }: { mine: RecipientDelivery }) {
  const { t, formatInstant } = useT();
  const { state, deliveredAt } = mine.teams;
  return (
    <Text data-testid="delivery-mine">
      {state === 'delivered'
        ? t('delivery.mine.delivered', { date: formatInstant(deliveredAt ?? '') })
        : state === 'failed'
          ? t('delivery.mine.failed')
          : t('delivery.mine.pending')}
    </Text>
  );
}

/**
 * R5.2: the notice must reach the members. Everyone sees how many it reached; the secretariat
 * sees each person, the committee channel, why a delivery failed, what to do, and retries.
 */
export function NoticeDeliverySection({ meeting, changed, reload }: SectionProps) {
  const { t } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useDeliveryStyles();
  const retry = useAction();
  const delivery = meeting.noticeDelivery;
  const { live, stopped, restart } = useLiveDelivery(delivery, reload);
  if (!delivery) return null;

  const run = (personIds?: string[]) =>
    void retry.run(async () => {
      const change = await api.retryNoticeDelivery(meeting.id, personIds ? { personIds } : {});
      restart();
      changed({
        message: t('delivery.retried', {
          summary: deliverySummary(change.value.noticeDelivery ?? delivery, t),
        }),
        warnings: change.warnings,
      });
    });

  return (
    <section
      className={screen.panel}
      aria-labelledby="delivery-title"
      data-testid="notice-delivery"
    >
      <h2 id="delivery-title" className={screen.h2}>
        {t('delivery.title')}
      </h2>
      <div className={styles.summary} aria-live="polite">
        <Text weight="semibold" data-testid="delivery-summary">
          {noticeConfirmation(delivery, t)}
        </Text>
        {live && !stopped && <Spinner size="tiny" label={t('delivery.live')} />}
        {stopped && (
          <Button
            onClick={() => {
              restart();
              reload();
            }}
          >
            {t('delivery.refresh')}
          </Button>
        )}
      </div>
      {delivery.notInstalled > 0 && (
        <Text>{t('delivery.notInstalled', { count: delivery.notInstalled })}</Text>
      )}
      {delivery.mine && <MyDelivery mine={delivery.mine} />}
      {/* The channel and each person are told to the secretariat only (the server's view). */}
      {delivery.channel && (
        <div className={styles.summary} data-testid="delivery-channel">
          <Text>{t('delivery.channel')}</Text>
          <ChannelState teams={delivery.channel} />
        </div>
      )}
      {delivery.recipients && (
        <>
          <DeliveryTable
            delivery={delivery}
            {...(delivery.canRetry ? { onRetry: run } : {})}
            busy={retry.busy}
          />
          <UnreachableHelp delivery={delivery} />
          {delivery.canRetry && (
            <div className={screen.actions}>
              <Button appearance="primary" disabled={retry.busy} onClick={() => run()}>
                {t('delivery.retryAll')}
              </Button>
            </div>
          )}
          <ProblemMessage error={retry.error} onReload={reload} />
        </>
      )}
    </section>
  );
}
