import { Field, makeStyles, type FieldProps } from '@fluentui/react-components';
import {
  DatePicker,
  type CalendarStrings,
  type DatePickerProps,
} from '@fluentui/react-datepicker-compat';
import { useCallback, useId, useMemo, useState, type ReactNode } from 'react';
import { useNow } from '../api/server-clock.js';
import { format, LOCALES, useT, type Locale } from '../i18n/i18n.js';
import {
  calendarNames,
  dayToPickerDate,
  formatDayFull,
  formatDayNumeric,
  parseTypedDay,
  pickerDateToDay,
  type CalendarNames,
} from '../i18n/date-fields.js';
import { moroccoDay } from '../i18n/morocco-time.js';

type DateFormatting = NonNullable<DatePickerProps['dateTimeFormatter']>;

/** Weeks start on Monday in Morocco (CLDR weekInfo of fr-MA, ar-MA). */
const MONDAY: NonNullable<DatePickerProps['firstDayOfWeek']> = 1;

const namesOf = (locale: Locale): CalendarNames =>
  calendarNames((key, values) => format(locale, key, values));

/** Month and weekday names of the three UI languages, for reading a typed date. */
let everyLanguage: CalendarNames[] | undefined;
const typedLanguages = () => (everyLanguage ??= LOCALES.map(namesOf));

/** Fluent's calendar strings (months, days, buttons, announcements) from the tab's catalog. */
function calendarStrings(locale: Locale): CalendarStrings {
  const t = (key: Parameters<typeof format>[1], values?: Record<string, string>) =>
    format(locale, key, values);
  return {
    ...namesOf(locale),
    goToToday: t('calendar.goToToday'),
    prevMonthAriaLabel: t('calendar.previousMonth'),
    nextMonthAriaLabel: t('calendar.nextMonth'),
    prevYearAriaLabel: t('calendar.previousYear'),
    nextYearAriaLabel: t('calendar.nextYear'),
    prevYearRangeAriaLabel: t('calendar.previousYears'),
    nextYearRangeAriaLabel: t('calendar.nextYears'),
    closeButtonAriaLabel: t('calendar.close'),
    // Fluent fills `{0}` in these itself.
    selectedDateFormatString: t('calendar.selected', { date: '{0}' }),
    todayDateFormatString: t('calendar.today', { date: '{0}' }),
    yearPickerHeaderAriaLabel: t('calendar.chooseMonth', { month: '{0}' }),
    monthPickerHeaderAriaLabel: t('calendar.chooseYear', { year: '{0}' }),
  };
}

/** Day, month and year as the calendar writes them: Latin digits, month names of the catalog. */
function dateFormatting(locale: Locale): DateFormatting {
  return {
    formatDay: (date) => String(date.getDate()),
    formatYear: (date) => String(date.getFullYear()),
    formatMonth: (date, strings) => strings.months[date.getMonth()] ?? '',
    formatMonthYear: (date, strings) =>
      `${strings.months[date.getMonth()] ?? ''} ${date.getFullYear()}`,
    formatMonthDayYear: (date) => {
      const day = pickerDateToDay(date);
      return day ? formatDayFull(day, locale) : '';
    },
  };
}

/** What the field shows for a picked Date: day first, `18/03/2027`, in every language. */
const formatPicked = (date?: Date): string => {
  const day = date ? pickerDateToDay(date) : undefined;
  return day ? formatDayNumeric(day) : '';
};

/** A typed text as the Date the picker selects, read day first; null when not a date. */
const parseTyped = (text: string): Date | null => {
  const day = parseTypedDay(text, typedLanguages());
  return day ? dayToPickerDate(day) : null;
};

const MONTH_BUTTON = '68px';
const MONTH_GAP = '4px';

const useStyles = makeStyles({
  line: { display: 'block' },
  // The month picker names months in full (date-fields.ts): its four columns widen from
  // Fluent's 40px to fit « septembre », “September” (Fluent's public fui-* class names).
  popup: {
    '& .fui-Calendar': { width: 'auto' },
    '& .fui-CalendarPicker': { width: `calc(4 * ${MONTH_BUTTON} + 3 * ${MONTH_GAP})` },
    '& .fui-CalendarPicker__itemButton': {
      width: MONTH_BUTTON,
      minWidth: MONTH_BUTTON,
      marginRight: MONTH_GAP,
    },
    '& .fui-CalendarPicker__itemButton:nth-child(4n + 4)': { marginRight: 0 },
  },
});

type Validation = Pick<FieldProps, 'validationState' | 'validationMessage'>;

export interface MoroccoDateFieldProps {
  label: string;
  /** The calendar day, `YYYY-MM-DD` as the API takes it, or `''` when none. */
  value: string;
  /** Called with the day picked or typed (`YYYY-MM-DD`), or `''` when the field is emptied. */
  onChange: (day: string) => void;
  required?: boolean;
  hint?: ReactNode;
  /** The form's own validation of the field (required, the server's issue). */
  validation?: Validation;
  /** Ids of other texts that describe the field (e.g. the Morocco offset of that day). */
  describedBy?: string;
}

/**
 * A date field as Moroccans write dates (issue 11, item 3): Fluent's DatePicker, day first
 * (`18/03/2027`) in every UI language, month and day names from the tab's catalog, weeks from
 * Monday, right to left in Arabic. A date may be picked in the calendar or typed by hand
 * (`18/03/2027`, `18 mars 2027`, Arabic-Indic digits); what was understood shows in full under
 * the field (« jeudi 18 mars 2027 »), and a text that is no date says so beside the field.
 *
 * The value is a calendar day `YYYY-MM-DD`: the picker's Date is read for its year, month and
 * day only (date-fields.ts), never as an instant in the browser's zone. "Today" is Morocco's,
 * on the server's clock.
 */
export function MoroccoDateField(props: MoroccoDateFieldProps) {
  const { label, value, onChange, required = false, hint, validation, describedBy } = props;
  const { locale, t } = useT();
  const styles = useStyles();
  const id = useId();
  const now = useNow(60_000);
  const [unreadable, setUnreadable] = useState(false);

  const strings = useMemo(() => calendarStrings(locale), [locale]);
  const formatting = useMemo(() => dateFormatting(locale), [locale]);
  const selected = useMemo(() => dayToPickerDate(value), [value]);
  const todayDay = moroccoDay(now);
  const today = useMemo(() => dayToPickerDate(todayDay) ?? undefined, [todayDay]);

  const onSelectDate = useCallback(
    (date: Date | null | undefined) => {
      const day = date ? pickerDateToDay(date) : undefined;
      if ((day ?? '') !== value) onChange(day ?? '');
    },
    [onChange, value],
  );

  const reading = selected ? formatDayFull(value, locale) : undefined;
  const shown: Validation = unreadable
    ? { validationState: 'error', validationMessage: t('dateField.invalid') }
    : (validation ?? {});

  return (
    <Field
      label={{ children: label, htmlFor: id }}
      required={required}
      hint={
        reading || hint ? (
          <>
            {reading && <span className={styles.line}>{reading}</span>}
            {hint && <span className={styles.line}>{hint}</span>}
          </>
        ) : undefined
      }
      {...shown}
    >
      <DatePicker
        id={id}
        value={selected}
        onSelectDate={onSelectDate}
        // Typing is as good as picking; the calendar opens from its button, ↓ or Enter.
        allowTextInput
        openOnClick={false}
        disableAutoFocus
        formatDate={formatPicked}
        parseDateFromString={parseTyped}
        onValidationResult={({ error }) => setUnreadable(error === 'invalid-input')}
        placeholder={t('dateField.placeholder')}
        firstDayOfWeek={MONDAY}
        strings={strings}
        dateTimeFormatter={formatting}
        {...(today ? { today, initialPickerDate: today } : {})}
        popupSurface={{ 'aria-label': t('calendar.label'), className: styles.popup }}
        contentAfter={{ 'aria-label': t('calendar.open'), 'aria-labelledby': undefined }}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
    </Field>
  );
}
