import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { SeatView } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { DocumentLink } from './DocumentLink.js';
import { organisationLabel } from './SeatCard.js';
import { UserText } from './UserText.js';

const useCeasedHistoryStyles = makeStyles({
  table: { tableLayout: 'auto' },
  muted: { color: tokens.colorNeutralForeground2 },
});

/** R12.2: ended memberships stay on record with their cause, dates and letter. */
export function CeasedHistory({ seats }: { seats: SeatView[] }) {
  const { t, formatDay, formatDayRange, formatInstantDay } = useT();
  const styles = useCeasedHistoryStyles();
  if (seats.length === 0) return <Text className={styles.muted}>{t('ceased.empty')}</Text>;
  return (
    <Table
      className={styles.table}
      size="small"
      aria-label={t('ceased.title')}
      data-testid="ceased"
    >
      <TableHeader>
        <TableRow>
          <TableHeaderCell>{t('ceased.organisation')}</TableHeaderCell>
          <TableHeaderCell>{t('ceased.people')}</TableHeaderCell>
          <TableHeaderCell>{t('ceased.mandate')}</TableHeaderCell>
          <TableHeaderCell>{t('ceased.ended')}</TableHeaderCell>
          <TableHeaderCell>{t('ceased.cause')}</TableHeaderCell>
          <TableHeaderCell>{t('ceased.letter')}</TableHeaderCell>
        </TableRow>
      </TableHeader>
      <TableBody>
        {seats.map((seat) => {
          const cessation = seat.cessation;
          const ended = cessation?.effectiveOn
            ? formatDay(cessation.effectiveOn)
            : cessation?.confirmedAt
              ? formatInstantDay(cessation.confirmedAt)
              : '—';
          return (
            <TableRow key={seat.id}>
              <TableCell>
                <UserText>{organisationLabel(seat)}</UserText>
              </TableCell>
              <TableCell>
                <UserText>
                  {[seat.titular?.displayName, seat.alternate?.displayName]
                    .filter(Boolean)
                    .join(' · ') || '—'}
                </UserText>
              </TableCell>
              <TableCell>{formatDayRange(seat.mandateStart, seat.mandateEnd)}</TableCell>
              <TableCell>{ended}</TableCell>
              <TableCell>{cessation ? t(`cause.${cessation.cause}`) : '—'}</TableCell>
              <TableCell>
                {cessation?.letter ? (
                  <DocumentLink document={cessation.letter} label={cessation.letter.name} />
                ) : (
                  <span className={styles.muted}>{t('ceased.noLetter')}</span>
                )}
              </TableCell>
            </TableRow>
          );
        })}
      </TableBody>
    </Table>
  );
}
