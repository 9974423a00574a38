import { Field, Input, Radio, RadioGroup, Select } from '@fluentui/react-components';
import { useCallback, useId, useState } from 'react';
import type { AddSeatRequest } from '../../../core/contracts/index.js';
import type {
  Change,
  CompositionView,
  OrganisationView,
  PersonView,
  SeatView,
} from '../api/client.js';
import { useSession } from '../auth/session-context.js';
import { FileField, uploadOnce, type Uploaded } from '../components/FileField.js';
import { FormDialog, useFormSubmit } from '../components/FormDialog.js';
import { MoroccoDateField } from '../components/MoroccoDateField.js';
import {
  emptyPerson,
  personInput,
  PersonField,
  useFieldGroupStyles,
  useIssueText,
  type PersonDraft,
} from '../components/PersonField.js';
import { fieldIssues } from '../components/problems.js';
import { useT } from '../i18n/i18n.js';

type College = SeatView['college'];

/**
 * The current plan's mandate, as most active seats carry it (R4.7: two years, renewed with
 * each plan); without seats, this year and the next.
 */
export function defaultMandate(composition: CompositionView | undefined, today = new Date()) {
  const counts = new Map<string, number>();
  for (const seat of [
    ...(composition?.administration ?? []),
    ...(composition?.civilSociety ?? []),
  ]) {
    if (seat.status !== 'active') continue;
    const key = `${seat.mandateStart}/${seat.mandateEnd}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const [best] = [...counts.entries()].sort((a, b) => b[1] - a[1]);
  if (best) {
    const [start, end] = best[0].split('/') as [string, string];
    return { start, end };
  }
  const year = today.getFullYear();
  return { start: `${year}-01-01`, end: `${year + 1}-12-31` };
}

/** Where each request path is shown in this form (others go to the list under the fields). */
const SHOWN_AT_FIELDS = [
  'college',
  'organisation',
  'titular',
  'alternate',
  'mandateStart',
  'mandateEnd',
  'designationLetterId',
  'documentId',
  'file',
  'name',
  'contentType',
];

export interface AddSeatDialogProps {
  composition: CompositionView | undefined;
  organisations: OrganisationView[];
  people: PersonView[];
  onClose: () => void;
  onSaved: (change: Change<SeatView>) => void;
}

/** The secretariat adds a seat: college, organisation, titular, alternate, mandate, letter. */
export function AddSeatDialog({
  composition,
  organisations,
  people,
  onClose,
  onSaved,
}: AddSeatDialogProps) {
  const { t } = useT();
  const { api } = useSession();
  const styles = useFieldGroupStyles();
  const issueText = useIssueText();
  const mandate = defaultMandate(composition);
  const orgLegend = useId();
  const collegeLabel = useId();

  const [college, setCollege] = useState<College>('administration');
  const [orgMode, setOrgMode] = useState<'existing' | 'new'>('existing');
  const [orgId, setOrgId] = useState('');
  const [orgName, setOrgName] = useState('');
  const [orgAcronym, setOrgAcronym] = useState('');
  const [orgRegion, setOrgRegion] = useState('');
  const [titular, setTitular] = useState<PersonDraft>(emptyPerson(false));
  const [alternate, setAlternate] = useState<PersonDraft>(emptyPerson(false));
  const [mandateStart, setMandateStart] = useState(mandate.start);
  const [mandateEnd, setMandateEnd] = useState(mandate.end);
  const [letter, setLetter] = useState<File>();
  const [uploaded, setUploaded] = useState<Uploaded>();

  const action = useCallback(async () => {
    let designationLetterId: string | undefined;
    if (college === 'administration' && letter) {
      designationLetterId = (
        await uploadOnce(
          letter,
          uploaded,
          (file) => api.upload(file, 'designation-letter'),
          setUploaded,
        )
      ).id;
    }
    const request: AddSeatRequest = {
      college,
      organisation:
        orgMode === 'existing'
          ? { id: orgId }
          : {
              name: orgName,
              ...(orgAcronym.trim() ? { acronym: orgAcronym } : {}),
              ...(orgRegion.trim() ? { region: orgRegion } : {}),
            },
      titular: personInput(titular),
      alternate: personInput(alternate),
      mandateStart,
      mandateEnd,
      ...(designationLetterId ? { designationLetterId } : {}),
    };
    onSaved(await api.addSeat(request));
  }, [
    api,
    college,
    letter,
    uploaded,
    orgMode,
    orgId,
    orgName,
    orgAcronym,
    orgRegion,
    titular,
    alternate,
    mandateStart,
    mandateEnd,
    onSaved,
  ]);
  const { submit, saving, error } = useFormSubmit(action);
  const issues = fieldIssues(error);

  const changeCollege = (next: College) => {
    setCollege(next);
    if (organisations.find((o) => o.id === orgId)?.college !== next) setOrgId('');
    // Civil-society members are usually B2B guests of the ministry's tenant.
    const guest = next === 'civil_society';
    setTitular((person) => ({ ...person, guest }));
    setAlternate((person) => ({ ...person, guest }));
  };

  return (
    <FormDialog
      title={t('addSeat.title')}
      submitLabel={t('addSeat.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      saving={saving}
      error={error}
      shownAtFields={SHOWN_AT_FIELDS}
    >
      <Field
        label={{ children: t('addSeat.college'), id: collegeLabel }}
        {...issueText(issues, 'college')}
      >
        <RadioGroup
          layout="horizontal"
          aria-labelledby={collegeLabel}
          value={college}
          onChange={(_, data) => changeCollege(data.value as College)}
        >
          <Radio value="administration" label={t('college.administration')} />
          <Radio value="civil_society" label={t('college.civil_society')} />
        </RadioGroup>
      </Field>

      <fieldset className={styles.fieldset} data-testid="organisation">
        <legend id={orgLegend} className={styles.legend}>
          {t('addSeat.organisation')}
        </legend>
        <RadioGroup
          layout="horizontal"
          aria-labelledby={orgLegend}
          value={orgMode}
          onChange={(_, data) => setOrgMode(data.value as 'existing' | 'new')}
        >
          <Radio value="existing" label={t('form.existing')} />
          <Radio value="new" label={t('form.new')} />
        </RadioGroup>
        {orgMode === 'existing' ? (
          <Field
            label={t('addSeat.organisationPick')}
            required
            {...issueText(issues, 'organisation')}
          >
            <Select value={orgId} onChange={(_, data) => setOrgId(data.value)}>
              <option value="">{t('form.choose')}</option>
              {organisations
                .filter((o) => o.college === college)
                .map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.acronym ? `${o.name} (${o.acronym})` : o.name}
                  </option>
                ))}
            </Select>
          </Field>
        ) : (
          <div className={styles.row}>
            <Field
              label={t('addSeat.orgName')}
              required
              {...issueText(issues, 'organisation.name', { exact: 'organisation' })}
            >
              <Input value={orgName} onChange={(_, data) => setOrgName(data.value)} />
            </Field>
            <Field label={t('addSeat.orgAcronym')} {...issueText(issues, 'organisation.acronym')}>
              <Input value={orgAcronym} onChange={(_, data) => setOrgAcronym(data.value)} />
            </Field>
            <Field label={t('addSeat.orgRegion')} {...issueText(issues, 'organisation.region')}>
              <Input value={orgRegion} onChange={(_, data) => setOrgRegion(data.value)} />
            </Field>
          </div>
        )}
      </fieldset>

      <PersonField
        legend={t('addSeat.titular')}
        path="titular"
        value={titular}
        onChange={setTitular}
        people={people}
        issues={issues}
      />
      <PersonField
        legend={t('addSeat.alternate')}
        path="alternate"
        value={alternate}
        onChange={setAlternate}
        people={people}
        issues={issues}
      />

      <div className={styles.row}>
        <MoroccoDateField
          label={t('addSeat.mandateStart')}
          hint={t('addSeat.mandateHint')}
          required
          value={mandateStart}
          onChange={setMandateStart}
          validation={issueText(issues, 'mandateStart')}
        />
        <MoroccoDateField
          label={t('addSeat.mandateEnd')}
          required
          value={mandateEnd}
          onChange={setMandateEnd}
          validation={issueText(issues, 'mandateEnd')}
        />
      </div>

      {college === 'administration' && (
        <FileField
          label={t('addSeat.letter')}
          onChange={setLetter}
          uploaded={uploaded}
          validation={issueText(
            issues,
            'designationLetterId',
            'documentId',
            'file',
            'name',
            'contentType',
          )}
        />
      )}
    </FormDialog>
  );
}
