import { Button, Link, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { NoticeDeliveryIssue } from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { meetingPath } from '../../components/MeetingCard.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT } from '../../i18n/i18n.js';
import { linkHandler } from '../../router.js';
import { deliverySummary } from './delivery-text.js';
import { DeliveryTable, UnreachableHelp } from './NoticeDeliverySection.js';
import { UserText } from '../../components/UserText.js';

/**
 * The secretariat's dashboard (R5.2): each meeting ahead whose notice has not reached everyone,
 * who was not reached and why, what to do, and a retry — the list behind the count.
 */
export function NoticeDeliveryIssues({
  issues,
  reload,
}: {
  issues: NoticeDeliveryIssue[];
  reload: () => void;
}) {
  const { t, formatInstant } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const retry = useAction();
  const [done, setDone] = useState<string>();
  if (issues.length === 0) {
    return <Text data-testid="dashboard-notices-none">{t('dashboard.noticesNone')}</Text>;
  }
  const run = (meetingId: string, personIds?: string[]) =>
    void retry.run(async () => {
      const change = await api.retryNoticeDelivery(meetingId, personIds ? { personIds } : {});
      const delivery = change.value.noticeDelivery;
      setDone(delivery ? t('delivery.retried', { summary: deliverySummary(delivery, t) }) : '');
      reload();
    });
  return (
    <ul className={screen.plainList}>
      {done && (
        <li>
          <Text role="status">{done}</Text>
        </li>
      )}
      {issues.map((issue) => {
        const path = meetingPath(issue.meetingId);
        return (
          <li key={issue.meetingId} data-testid="dashboard-notice" data-meeting={issue.meetingId}>
            <Link href={path} onClick={linkHandler(path)}>
              <UserText>{issue.title}</UserText>
            </Link>{' '}
            <Text size={200}>{formatInstant(issue.start)}</Text>
            <br />
            <Text weight="semibold">{deliverySummary(issue.delivery, t)}</Text>
            <DeliveryTable
              delivery={issue.delivery}
              only="not-delivered"
              onRetry={(personIds) => run(issue.meetingId, personIds)}
              busy={retry.busy}
            />
            <UnreachableHelp delivery={issue.delivery} />
            {issue.delivery.canRetry && (
              <div className={screen.actions}>
                <Button disabled={retry.busy} onClick={() => run(issue.meetingId)}>
                  {t('delivery.retryAll')}
                </Button>
              </div>
            )}
          </li>
        );
      })}
      <li>
        <ProblemMessage error={retry.error} onReload={reload} />
      </li>
    </ul>
  );
}
