import {
  Badge,
  Button,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import { HIJRI_HOLIDAY_KEYS, type HijriHolidayKey, type HolidayView } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { useSession } from '../auth/session-context.js';
import { useT } from '../i18n/i18n.js';
import { FormDialog, useFormSubmit } from './FormDialog.js';
import { MoroccoDateField } from './MoroccoDateField.js';
import { useIssueText } from './PersonField.js';
import { fieldIssues } from './problems.js';
import { ProblemMessage } from './ProblemMessage.js';
import { useScreenStyles } from './screen-styles.js';

const useHolidaysStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    justifyContent: 'space-between',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalXS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  what: { display: 'flex', flexDirection: 'column', minWidth: 0 },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(100%, 20rem), 1fr))',
    columnGap: tokens.spacingHorizontalXL,
  },
});

/** A holiday of one or two days (two entries with the same key make one holiday). */
interface HolidayGroup {
  key: string;
  first: string;
  last: string;
  names: HolidayView['names'];
  status: HolidayView['status'];
  confirmable: boolean;
}

function groupHolidays(list: HolidayView[]): HolidayGroup[] {
  const groups: HolidayGroup[] = [];
  for (const h of list) {
    const previous = groups[groups.length - 1];
    const nextDay = previous
      ? new Date(Date.parse(`${previous.last}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10)
      : '';
    if (previous && previous.key === h.key && nextDay === h.date) {
      // The server gives both days of a holiday the same status.
      previous.last = h.date;
    } else {
      groups.push({
        key: h.key,
        first: h.date,
        last: h.date,
        names: h.names,
        status: h.status,
        confirmable: h.confirmable,
      });
    }
  }
  return groups;
}

/** The badge of each status the server decides (a fixed holiday has none). */
const STATUS_BADGE = {
  confirmed: { color: 'success', label: 'holidays.confirmed' },
  to_confirm: { color: 'warning', label: 'holidays.toConfirm' },
  estimated_past: { color: 'informative', label: 'holidays.estimatedPast' },
} as const;

/**
 * The year's public holidays (business days, R5.5). Hijri dates are estimated until the
 * secretariat confirms the official date; a confirmation recomputes every open deadline.
 */
export function HolidaysPanel({
  year,
  onConfirmed,
  className,
}: {
  year: number;
  onConfirmed: () => void;
  className?: string;
}) {
  const { t, pick, formatDay, formatDayRange } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const styles = useHolidaysStyles();
  const holidays = useResource(() => api.holidays(year), `${year}`);
  const [confirming, setConfirming] = useState<HolidayGroup>();
  const [confirmed, setConfirmed] = useState<string>();
  const groups = groupHolidays(holidays.data ?? []);

  return (
    <section
      className={mergeClasses(screen.panel, className)}
      aria-labelledby="dash-holidays"
      data-testid="holidays"
    >
      <h2 id="dash-holidays" className={screen.h2}>
        {t('holidays.title', { year })}
      </h2>
      <Text className={screen.muted}>{t('holidays.intro')}</Text>
      {!holidays.data && holidays.loading && <Spinner size="small" label={t('app.loading')} />}
      <ProblemMessage error={holidays.error} />
      {confirmed && (
        <MessageBar intent="success" data-testid="holiday-confirmed">
          <MessageBarBody>{confirmed}</MessageBarBody>
        </MessageBar>
      )}
      {groups.length > 0 && (
        <ul className={styles.list}>
          {groups.map((h) => {
            const name = pick(h.names);
            return (
              <li key={`${h.key}-${h.first}`} className={styles.row} data-testid="holiday">
                <div className={styles.what}>
                  <Text weight="semibold">{name}</Text>
                  <Text size={200}>
                    {h.first === h.last ? formatDay(h.first) : formatDayRange(h.first, h.last)}{' '}
                    {h.status !== 'fixed' && (
                      <Badge
                        appearance="tint"
                        shape="rounded"
                        color={STATUS_BADGE[h.status].color}
                        data-status={h.status}
                      >
                        {t(STATUS_BADGE[h.status].label)}
                      </Badge>
                    )}
                  </Text>
                </div>
                {h.confirmable && HIJRI_HOLIDAY_KEYS.includes(h.key) && (
                  <Button
                    size="small"
                    onClick={() => setConfirming(h)}
                    aria-label={t('holidays.confirmFor', { name })}
                  >
                    {t('holidays.confirm')}
                  </Button>
                )}
              </li>
            );
          })}
        </ul>
      )}
      {confirming && (
        <ConfirmHolidayDialog
          holiday={confirming}
          onClose={() => setConfirming(undefined)}
          onSaved={(date) => {
            setConfirming(undefined);
            setConfirmed(
              t('holidays.confirmedMessage', {
                name: pick(confirming.names),
                date: formatDay(date),
              }),
            );
            void holidays.reload();
            onConfirmed();
          }}
        />
      )}
    </section>
  );
}

function ConfirmHolidayDialog({
  holiday,
  onClose,
  onSaved,
}: {
  holiday: HolidayGroup;
  onClose: () => void;
  onSaved: (date: string) => void;
}) {
  const { t, pick } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const [date, setDate] = useState(holiday.first);
  const [source, setSource] = useState('');
  const action = useCallback(async () => {
    await api.confirmHoliday({
      key: holiday.key as HijriHolidayKey,
      date,
      ...(source.trim() ? { source: source.trim() } : {}),
    });
    onSaved(date);
  }, [api, holiday, date, source, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const issues = fieldIssues(error);
  return (
    <FormDialog
      title={t('holidays.confirmTitle', { name: pick(holiday.names) })}
      submitLabel={t('holidays.confirmSubmit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={saving}
      error={error}
      shownAtFields={['date', 'source']}
    >
      <Text>{t('holidays.confirmBody')}</Text>
      <MoroccoDateField
        label={t('holidays.officialDate')}
        hint={t('holidays.officialDateHint')}
        required
        value={date}
        onChange={setDate}
        validation={issueText(issues, 'date')}
      />
      <Field label={t('holidays.source')} {...issueText(issues, 'source')}>
        <Input value={source} onChange={(_, data) => setSource(data.value)} />
      </Field>
    </FormDialog>
  );
}
