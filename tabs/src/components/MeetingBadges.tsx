import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { MeetingStatus } from '../api/client.js';
import { useT, type MessageKey } from '../i18n/i18n.js';

const STATUS_COLOR: Record<MeetingStatus, BadgeProps['color']> = {
  draft: 'subtle',
  noticed: 'brand',
  held: 'informative',
  minutes_shared: 'informative',
  amendment_closed: 'warning',
  published: 'success',
  postponed: 'warning',
  cancelled: 'danger',
};

/** Where a meeting is in its workflow (R5): draft, noticed, held, minutes shared… */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useT();
  return (
    <Badge appearance="tint" shape="rounded" color={STATUS_COLOR[status]} data-status={status}>
      {t(`meetingStatus.${status}` as MessageKey)}
    </Badge>
  );
}

/** A meeting scheduled directly in Outlook: it entered the workflow afterwards, and is checked. */
export function OutlookBadge() {
  const { t } = useT();
  return (
    <Badge appearance="outline" shape="rounded" color="warning">
      {t('meeting.fromOutlook')}
    </Badge>
  );
}

/** A step past its deadline. */
export function LateBadge() {
  const { t } = useT();
  return (
    <Badge appearance="filled" shape="rounded" color="danger">
      {t('deadline.late')}
    </Badge>
  );
}

/** A step done. */
export function DoneBadge({ label }: { label: string }) {
  return (
    <Badge appearance="tint" shape="rounded" color="success">
      {label}
    </Badge>
  );
}
