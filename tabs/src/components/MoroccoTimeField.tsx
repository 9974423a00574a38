import { Field, makeStyles, type FieldProps } from '@fluentui/react-components';
import { TimePicker, type TimePickerProps } from '@fluentui/react-timepicker-compat';
import { useId, useMemo, useState } from 'react';
import { useT } from '../i18n/i18n.js';
import {
  parseTypedTime,
  pickerDateToTime,
  timeAnchor,
  timeToPickerDate,
} from '../i18n/date-fields.js';

type ParseTime = NonNullable<TimePickerProps['parseTimeStringToDate']>;

/** The day the picker builds its options on (only their hours and minutes are read). */
const ANCHOR = timeAnchor();

/** A typed time, read on the 24-hour clock (`14:30`, `14h30`, `1430`…). */
const parseTyped: ParseTime = (text) => {
  if (!text?.trim()) return { date: null, errorType: 'required-input' };
  const date = timeToPickerDate(text);
  return date ? { date } : { date: null, errorType: 'invalid-input' };
};

const useStyles = makeStyles({
  // Wide enough for "23:30" and the list button, narrower than Fluent's default 250px.
  picker: { minWidth: '8rem' },
});

type Validation = Pick<FieldProps, 'validationState' | 'validationMessage'>;

export interface MoroccoTimeFieldProps {
  label: string;
  /** The time of day on Morocco's clock, `HH:mm` (24-hour), or `''` when none. */
  value: string;
  /** Called with the time picked or typed, as `HH:mm`, or `''` when the field is emptied. */
  onChange: (time: string) => void;
  required?: boolean;
  /** The form's own validation of the field (required, the server's issue). */
  validation?: Validation;
  /** Ids of other texts that describe the field (e.g. the Morocco offset of that day). */
  describedBy?: string;
}

/**
 * A time field on Morocco's 24-hour clock (issue 11, item 3): Fluent's TimePicker, `HH:mm`
 * whatever the browser's locale (never AM/PM), every half hour in its list, any minute when
 * typed (`14:45`, `14h45`), "Morocco time" stated under it in the UI language.
 *
 * The value is the wall-clock time `HH:mm` the form combines with its day into the API's
 * `YYYY-MM-DDTHH:mm` (morocco-time.ts); the picker's Dates are read for their hours and minutes
 * only. A text that is no time says so beside the field, which then shows the time kept.
 */
export function MoroccoTimeField(props: MoroccoTimeFieldProps) {
  const { label, value, onChange, required = false, validation, describedBy } = props;
  const { t } = useT();
  const styles = useStyles();
  const id = useId();
  const [text, setText] = useState(value);
  const [unreadable, setUnreadable] = useState(false);
  // A value set by the form itself (a reset, a meeting loaded) replaces what the field shows.
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(value);
  }
  const selectedTime = useMemo(() => timeToPickerDate(value), [value]);

  /** The text typed or picked, once submitted (Enter, Tab, leaving the field, an option). */
  const commit = (typed: string) => {
    if (!typed.trim()) {
      setUnreadable(false);
      setText('');
      if (value !== '') onChange('');
      return;
    }
    const time = parseTypedTime(typed);
    setUnreadable(time === undefined);
    // Not a time: the field shows again the time it keeps, with the reason beside it.
    setText(time ?? value);
    if (time !== undefined && time !== value) onChange(time);
  };

  const shown: Validation = unreadable
    ? { validationState: 'error', validationMessage: t('timeField.invalid') }
    : (validation ?? {});

  return (
    <Field
      label={{ children: label, htmlFor: id }}
      required={required}
      hint={t('timeField.hint')}
      {...shown}
    >
      <TimePicker
        id={id}
        className={styles.picker}
        freeform
        hourCycle="h23"
        increment={30}
        dateAnchor={ANCHOR}
        formatDateToTimeString={pickerDateToTime}
        parseTimeStringToDate={parseTyped}
        selectedTime={selectedTime}
        value={text}
        onInput={(event) => setText(event.currentTarget.value)}
        onTimeChange={(_, data) => commit(data.selectedTimeText ?? '')}
        placeholder={t('timeField.placeholder')}
        expandIcon={{ 'aria-label': t('timeField.openList') }}
        {...(describedBy ? { 'aria-describedby': describedBy } : {})}
      />
    </Field>
  );
}
