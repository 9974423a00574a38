import { Badge, type BadgeProps } from '@fluentui/react-components';
import type { CommunicationStatus, DecisionStatus, RevisionStatus } from '../../api/client.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';

const DECISION_COLOR: Record<DecisionStatus, BadgeProps['color']> = {
  under_discussion: 'informative',
  consensus: 'success',
  consensus_exhausted: 'warning',
  vote_open: 'brand',
  adopted: 'success',
  rejected: 'danger',
  withdrawn: 'subtle',
};

const COMMUNICATION_COLOR: Record<CommunicationStatus, BadgeProps['color']> = {
  submitted: 'informative',
  objected: 'warning',
  vote_open: 'brand',
  validated: 'success',
  rejected: 'danger',
  published: 'success',
  withdrawn: 'subtle',
};

const REVISION_COLOR: Record<RevisionStatus, BadgeProps['color']> = {
  collecting_support: 'informative',
  filed: 'brand',
  scheduled: 'brand',
  vote_open: 'brand',
  adopted: 'success',
  rejected: 'danger',
  withdrawn: 'subtle',
};

function StatusBadge({
  color,
  label,
  status,
}: {
  color: BadgeProps['color'];
  label: string;
  status: string;
}) {
  return (
    <Badge appearance="tint" shape="rounded" color={color} data-status={status}>
      {label}
    </Badge>
  );
}

/** Where a decision stands (R5.7, R13.2): under discussion, consensus, vote open, adopted… */
export function DecisionStatusBadge({ status }: { status: DecisionStatus }) {
  const { t } = useT();
  return (
    <StatusBadge
      color={DECISION_COLOR[status]}
      status={status}
      label={t(`decisionStatus.${status}` as MessageKey)}
    />
  );
}

/** Where a communication request stands (R10.1). */
export function CommunicationStatusBadge({ status }: { status: CommunicationStatus }) {
  const { t } = useT();
  return (
    <StatusBadge
      color={COMMUNICATION_COLOR[status]}
      status={status}
      label={t(`communicationStatus.${status}` as MessageKey)}
    />
  );
}

/** Where a request to revise the manual stands (R13). */
export function RevisionStatusBadge({ status }: { status: RevisionStatus }) {
  const { t } = useT();
  return (
    <StatusBadge
      color={REVISION_COLOR[status]}
      status={status}
      label={t(`revisionStatus.${status}` as MessageKey)}
    />
  );
}
