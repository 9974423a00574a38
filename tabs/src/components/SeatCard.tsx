import {
  Badge,
  Button,
  makeStyles,
  Menu,
  MenuItem,
  MenuList,
  MenuPopover,
  MenuTrigger,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { PersonView, SeatView } from '../api/client.js';
import { useT, type MessageKey } from '../i18n/i18n.js';
import { DocumentLink } from './DocumentLink.js';
import { ParityFindingMessage } from './ParityFindingMessage.js';
import { RuleMessage } from './RuleMessage.js';
import { UserText } from './UserText.js';

const useSeatCardStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalL,
    borderRadius: tokens.borderRadiusLarge,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  top: {
    display: 'flex',
    alignItems: 'flex-start',
    justifyContent: 'space-between',
    gap: tokens.spacingHorizontalS,
  },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
  acronym: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  meta: { color: tokens.colorNeutralForeground2 },
  holders: {
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    margin: 0,
  },
  term: { color: tokens.colorNeutralForeground2 },
  holderName: {
    margin: 0,
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
  },
  label: { color: tokens.colorNeutralForeground2 },
  findings: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  finding: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  pending: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusWarningBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusWarningBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
  proposed: {
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorStatusDangerBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorStatusDangerBorder1}`,
    color: tokens.colorNeutralForeground1,
  },
});

export type SeatAction =
  | 'replace-titular'
  | 'replace-alternate'
  | 'letter'
  | 'propose-cessation'
  | 'confirm-cessation'
  | 'dismiss-cessation'
  | 'withdraw';

/** Which changes may be started from a seat: those its view allows (the server decides). */
export function seatActions(seat: SeatView): SeatAction[] {
  const { can } = seat;
  return [
    ...(can.replaceHolder ? (['replace-titular', 'replace-alternate'] as const) : []),
    ...(can.recordLetter ? (['letter'] as const) : []),
    ...(can.proposeCessation ? (['propose-cessation'] as const) : []),
    ...(can.confirmCessation ? (['confirm-cessation'] as const) : []),
    ...(can.dismissCessation ? (['dismiss-cessation'] as const) : []),
    ...(can.withdraw ? (['withdraw'] as const) : []),
  ];
}

const ACTION_LABELS: Record<SeatAction, MessageKey> = {
  'replace-titular': 'seat.replaceTitular',
  'replace-alternate': 'seat.replaceAlternate',
  letter: 'seat.recordLetter',
  'propose-cessation': 'seat.proposeCessation',
  'confirm-cessation': 'seat.confirmCessation',
  'dismiss-cessation': 'seat.dismissCessation',
  withdraw: 'seat.withdraw',
};

export function organisationLabel(seat: Pick<SeatView, 'organisation'>): string {
  const { name, acronym } = seat.organisation;
  return acronym ? `${name} (${acronym})` : name;
}

function Holder({ person }: { person: PersonView | undefined }) {
  const { t } = useT();
  const styles = useSeatCardStyles();
  if (!person) return <dd className={styles.holderName}>{t('seat.vacant')}</dd>;
  return (
    <dd className={styles.holderName}>
      <UserText>{person.displayName}</UserText>
      {person.guest && (
        <Badge appearance="tint" color="brand" size="small">
          {t('seat.guest')}
        </Badge>
      )}
    </dd>
  );
}

export interface SeatCardProps {
  seat: SeatView;
  /** The secretariat's actions; absent for everyone else (no edit control at all). */
  onAction?: (action: SeatAction, seat: SeatView) => void;
}

/** One seat: organisation, titular and alternate, mandate, term, letter, findings. */
export function SeatCard({ seat, onAction }: SeatCardProps) {
  const { t, tUser, formatDayRange, formatInstantDay } = useT();
  const styles = useSeatCardStyles();
  const titleId = `seat-${seat.id}-title`;
  const label = organisationLabel(seat);
  const proposed = seat.cessation && !seat.cessation.confirmedAt ? seat.cessation : undefined;
  return (
    <article
      className={styles.root}
      aria-labelledby={titleId}
      data-testid="seat"
      data-seat-id={seat.id}
      data-status={seat.status}
    >
      <div className={styles.top}>
        <div>
          <h3 id={titleId} className={styles.title}>
            <UserText>{seat.organisation.name}</UserText>
            {seat.organisation.acronym && (
              <span className={styles.acronym}>
                {' '}
                (<UserText>{seat.organisation.acronym}</UserText>)
              </span>
            )}
          </h3>
          {seat.organisation.region && (
            <Text size={200} className={styles.meta}>
              {tUser('seat.region', { region: seat.organisation.region })}
            </Text>
          )}
          {seat.status === 'draft' && (
            <Badge appearance="outline" color="subtle">
              {t('seat.draft')}
            </Badge>
          )}
          {seat.status === 'pending' && (
            <Badge appearance="tint" color="warning" data-testid="seat-pending">
              {t('seat.pending')}
            </Badge>
          )}
        </div>
        {onAction && seatActions(seat).length > 0 && (
          <Menu positioning="below-end">
            <MenuTrigger disableButtonEnhancement>
              <Button appearance="subtle" aria-label={t('seat.actions', { organisation: label })}>
                ⋯
              </Button>
            </MenuTrigger>
            <MenuPopover>
              <MenuList>
                {seatActions(seat).map((action) => (
                  <MenuItem key={action} onClick={() => onAction(action, seat)}>
                    {t(ACTION_LABELS[action])}
                  </MenuItem>
                ))}
              </MenuList>
            </MenuPopover>
          </Menu>
        )}
      </div>
      <dl className={styles.holders}>
        <dt className={styles.label}>{t('seat.titular')}</dt>
        <Holder person={seat.titular} />
        <dt className={styles.label}>{t('seat.alternate')}</dt>
        <Holder person={seat.alternate} />
      </dl>
      <Text size={200}>
        {t('seat.mandate', { range: formatDayRange(seat.mandateStart, seat.mandateEnd) })}
      </Text>
      <Text size={200} className={styles.term} data-testid="seat-term">
        {t('seat.term', { term: seat.term })}
      </Text>
      {seat.college === 'administration' &&
        (seat.designationLetter ? (
          <Text size={200}>
            <DocumentLink
              document={seat.designationLetter}
              label={tUser('seat.letterOpen', { name: seat.designationLetter.name })}
            />
          </Text>
        ) : (
          <Text size={200} className={styles.meta}>
            {t('seat.letterMissing')}
          </Text>
        ))}
      {seat.pending && (
        <div className={styles.pending} data-testid="seat-pending-reason">
          <Text size={200}>
            {t('seat.pendingNote', {
              date: seat.pending.since ? formatInstantDay(seat.pending.since) : '—',
            })}
          </Text>
          {seat.pending.reason && <ParityFindingMessage finding={seat.pending.reason} />}
        </div>
      )}
      {proposed && (
        <Text size={200} className={styles.proposed}>
          {t('seat.cessationProposed', {
            date: formatInstantDay(proposed.proposedAt),
            cause: t(`cause.${proposed.cause}`),
          })}
        </Text>
      )}
      {seat.findings.length > 0 && (
        <ul className={styles.findings} aria-label={t('seat.findings')}>
          {seat.findings.map((finding, index) => (
            <li key={index} className={styles.finding}>
              <RuleMessage verdict={finding} />
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}
