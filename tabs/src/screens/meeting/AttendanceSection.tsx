import {
  Badge,
  Button,
  Field,
  makeStyles,
  Radio,
  RadioGroup,
  Spinner,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { AttendanceView } from '../../api/client.js';
import { useSession } from '../../auth/session-context.js';
import { FormDialog, useFormSubmit } from '../../components/FormDialog.js';
import { useIssueText } from '../../components/PersonField.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { fieldIssues } from '../../components/problems.js';
import { useRequired } from '../../components/useRequired.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useAction } from '../../components/useAction.js';
import { useT, type MessageKey } from '../../i18n/i18n.js';
import { useSectionStyles, type SectionProps } from './section.js';
import { UserText } from '../../components/UserText.js';

const useAttendanceStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 22rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  h3: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
  },
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
  who: { display: 'flex', flexDirection: 'column', minWidth: 0 },
});

type Capacity = AttendanceView['capacity'];
type Mark = 'present' | 'absent';
type Marks = Record<string, Mark | undefined>;

const recorded = (a: AttendanceView): Mark | undefined =>
  a.status === undefined ? undefined : a.status === 'present' ? 'present' : 'absent';

/** Each person's mark: the one typed and not saved yet, else the one recorded. */
function rosterMarks(attendance: readonly AttendanceView[], typed: Marks): Marks {
  const next: Marks = {};
  for (const a of attendance) next[a.person.id] = typed[a.person.id] ?? recorded(a);
  return next;
}

/** The roster's groups, in this order (a Record, so a new capacity fails to compile here). */
const GROUPS: Record<Capacity, MessageKey> = {
  chair: 'attendance.group.chair',
  titular: 'attendance.group.titular',
  alternate: 'attendance.group.alternate',
  external: 'attendance.group.external',
  secretariat: 'attendance.group.secretariat',
  observer: 'attendance.group.observer',
};
const CAPACITIES = Object.keys(GROUPS) as Capacity[];

const STATUS_COLOR = { present: 'success', excused: 'informative', absent: 'danger' } as const;

/**
 * Attendance: during the meeting the secretariat records each person present or absent —
 * titulars, alternates, externals, secretariat; afterwards each absence is marked justified
 * or not (R12.1 counts the unjustified ones).
 */
export function AttendanceSection({ meeting, changed, reload }: SectionProps) {
  const { t } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const section = useSectionStyles();
  const styles = useAttendanceStyles();
  const saving = useAction();
  const canRecord = meeting.can.recordAttendance;
  const [marks, setMarks] = useState<Marks>(() => rosterMarks(meeting.attendance, {}));
  const [justifying, setJustifying] = useState<AttendanceView>();

  // The roster as recorded; marks typed but not saved survive a reload. Adjusted while
  // rendering the new roster (React: adjusting state when a prop changes), not in an effect.
  const [roster, setRoster] = useState(meeting.attendance);
  if (roster !== meeting.attendance) {
    setRoster(meeting.attendance);
    setMarks((current) => rosterMarks(meeting.attendance, current));
  }

  const present = meeting.attendance.filter((a) => a.status === 'present').length;
  const absent = meeting.attendance.filter(
    (a) => a.status === 'absent' || a.status === 'excused',
  ).length;
  const anyRecorded = present + absent > 0;

  async function save() {
    // Only the marks that differ from the roster as recorded (a justified absence stays so).
    const entries = meeting.attendance.flatMap((a) => {
      const status = marks[a.person.id];
      return status && status !== recorded(a) ? [{ personId: a.person.id, status }] : [];
    });
    if (entries.length === 0) {
      changed({ message: t('attendance.saved') });
      return;
    }
    await saving.run(async () => {
      const change = await api.recordAttendance(meeting.id, { entries });
      setMarks({});
      changed({ message: t('attendance.saved'), warnings: change.warnings });
    });
  }

  const statusText = (a: AttendanceView) => {
    switch (a.status) {
      case 'present':
        return t('attendance.present');
      case 'excused':
        return t('attendance.excused');
      case 'absent':
        return t('attendance.unjustified');
      default:
        return t('attendance.notRecorded');
    }
  };

  if (meeting.attendance.length === 0 && !canRecord) return null;

  return (
    <section className={screen.panel} aria-labelledby="attendance-title" data-testid="attendance">
      <h2 id="attendance-title" className={screen.h2}>
        {t('attendance.title')}
      </h2>
      <Text className={screen.muted}>
        {anyRecorded
          ? t('attendance.summary', { present, absent })
          : canRecord
            ? t('attendance.intro')
            : t('attendance.none')}
      </Text>
      {/* Before anything is recorded, only the secretariat needs the roster. */}
      {(anyRecorded || canRecord) && (
        <div className={styles.groups}>
          {CAPACITIES.map((capacity) => {
            const people = meeting.attendance.filter((a) => a.capacity === capacity);
            if (people.length === 0) return null;
            const headingId = `attendance-${capacity}`;
            return (
              <section
                key={capacity}
                className={styles.group}
                aria-labelledby={headingId}
                data-testid={`attendance-${capacity}`}
              >
                <h3 id={headingId} className={styles.h3}>
                  {t(GROUPS[capacity])}
                </h3>
                <ul className={section.items}>
                  {people.map((a) => {
                    const nameId = `attendee-${a.person.id}`;
                    return (
                      <li key={a.person.id} className={styles.row} data-testid="attendee">
                        <div className={styles.who}>
                          <Text id={nameId} weight="semibold">
                            <UserText>{a.person.displayName}</UserText>
                          </Text>
                          {a.organisation && (
                            <Text size={200} className={screen.muted}>
                              <UserText>{a.organisation}</UserText>
                            </Text>
                          )}
                          {a.status && (
                            <Text size={200}>
                              <Badge
                                appearance="tint"
                                shape="rounded"
                                color={STATUS_COLOR[a.status]}
                                data-status={a.status}
                              >
                                {statusText(a)}
                              </Badge>
                              {a.justification ? ` ${a.justification}` : ''}
                            </Text>
                          )}
                        </div>
                        <div className={screen.actions}>
                          {canRecord && (
                            <RadioGroup
                              layout="horizontal"
                              aria-labelledby={nameId}
                              value={marks[a.person.id] ?? ''}
                              onChange={(_, data) =>
                                setMarks((m) => ({ ...m, [a.person.id]: data.value as Mark }))
                              }
                            >
                              <Radio value="present" label={t('attendance.markPresent')} />
                              <Radio value="absent" label={t('attendance.markAbsent')} />
                            </RadioGroup>
                          )}
                          {meeting.can.justifyAbsences &&
                            (a.status === 'absent' || a.status === 'excused') && (
                              <Button
                                size="small"
                                onClick={() => setJustifying(a)}
                                aria-label={t('attendance.justifyFor', {
                                  name: a.person.displayName,
                                })}
                              >
                                {t('attendance.justify')}
                              </Button>
                            )}
                        </div>
                      </li>
                    );
                  })}
                </ul>
              </section>
            );
          })}
        </div>
      )}
      {canRecord && (
        <div className={screen.actions}>
          <Button
            onClick={() =>
              setMarks((m) =>
                Object.fromEntries(
                  meeting.attendance.map((a) => [a.person.id, m[a.person.id] ?? 'present']),
                ),
              )
            }
          >
            {t('attendance.allPresent')}
          </Button>
          <Button
            appearance="primary"
            disabled={saving.busy}
            icon={saving.busy ? <Spinner size="tiny" /> : undefined}
            onClick={() => void save()}
          >
            {t('attendance.save')}
          </Button>
        </div>
      )}
      <ProblemMessage error={saving.error} onReload={reload} />

      {justifying && (
        <JustifyDialog
          meetingId={meeting.id}
          attendee={justifying}
          onClose={() => setJustifying(undefined)}
          onSaved={() => {
            setJustifying(undefined);
            changed({ message: t('attendance.justified') });
          }}
        />
      )}
    </section>
  );
}

/** R12.1: the secretariat marks an absence justified (with its justification) or not. */
function JustifyDialog({
  meetingId,
  attendee,
  onClose,
  onSaved,
}: {
  meetingId: string;
  attendee: AttendanceView;
  onClose: () => void;
  onSaved: () => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const required = useRequired();
  // No default (R12.1): an unjustified absence counts toward the cessation, so the secretariat
  // always chooses, even when a justification is typed or one was recorded before.
  const [choice, setChoice] = useState<'yes' | 'no' | ''>('');
  const [choiceMissing, setChoiceMissing] = useState(false);
  const [justification, setJustification] = useState(attendee.justification ?? '');
  const justified = choice === 'yes';
  const action = useCallback(async () => {
    const text = justification.trim();
    await api.justifyAbsence(meetingId, {
      personId: attendee.person.id,
      justified,
      ...(justified || text ? { justification: text } : {}),
    });
    onSaved();
  }, [api, meetingId, attendee, justified, justification, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const onSubmit = () => {
    setChoiceMissing(choice === '');
    const filled = required.check(justified ? [justification] : []);
    if (choice !== '' && filled) void submit();
  };
  return (
    <FormDialog
      title={t('attendance.justifyTitle', { name: attendee.person.displayName })}
      submitLabel={t('attendance.justifySubmit')}
      onSubmit={onSubmit}
      onClose={onClose}
      saving={saving}
      error={error}
      shownAtFields={['justified', 'justification']}
    >
      <Text>{t('attendance.justifyBody')}</Text>
      <Field
        label={t('attendance.justifiedQuestion')}
        required
        {...(choiceMissing
          ? {
              validationState: 'error' as const,
              validationMessage: t('attendance.chooseJustified'),
            }
          : issueText(fieldIssues(error), 'justified'))}
      >
        <RadioGroup
          value={choice}
          onChange={(_, data) => {
            setChoice(data.value === 'yes' ? 'yes' : 'no');
            setChoiceMissing(false);
          }}
        >
          <Radio value="yes" label={t('attendance.isJustified')} />
          <Radio value="no" label={t('attendance.isUnjustified')} />
        </RadioGroup>
      </Field>
      <Field
        label={t('attendance.justification')}
        required={justified}
        {...required.field(
          justified ? justification : 'optional',
          issueText(fieldIssues(error), 'justification'),
        )}
      >
        <Textarea
          value={justification}
          onChange={(_, data) => setJustification(data.value)}
          resize="vertical"
        />
      </Field>
    </FormDialog>
  );
}
