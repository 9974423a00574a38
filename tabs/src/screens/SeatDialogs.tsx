import { Field, Select, Text, Textarea } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { CessationCause, Change, PersonView, SeatView } from '../api/client.js';
import { useSession } from '../auth/session-context.js';
import { FileField, uploadOnce, type Uploaded } from '../components/FileField.js';
import { FormDialog, useFormSubmit } from '../components/FormDialog.js';
import {
  emptyPerson,
  personInput,
  PersonField,
  useIssueText,
  type PersonDraft,
} from '../components/PersonField.js';
import { fieldIssues } from '../components/problems.js';
import { organisationLabel } from '../components/SeatCard.js';
import { useT } from '../i18n/i18n.js';

interface SeatDialogProps {
  seat: SeatView;
  onClose: () => void;
  onSaved: (change: Change<SeatView>) => void;
  /** After a conflict: reload the committee and close. */
  onReload: () => void;
}

const FILE_PATHS = ['documentId', 'letterDocumentId', 'file', 'name', 'contentType'];

/** Replaces a seat's titular or alternate (R3.1 and R4.7 are checked by the server). */
export function ReplaceHolderDialog({
  seat,
  role,
  people,
  onClose,
  onSaved,
  onReload,
}: SeatDialogProps & { role: 'titular' | 'alternate'; people: PersonView[] }) {
  const { t, tUser } = useT();
  const { api } = useSession();
  const [person, setPerson] = useState<PersonDraft>(emptyPerson(seat.college === 'civil_society'));
  const action = useCallback(async () => {
    onSaved(
      await api.replaceHolder(seat.id, {
        role,
        person: personInput(person),
        version: seat.version,
      }),
    );
  }, [api, seat, role, person, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const current = role === 'titular' ? seat.titular : seat.alternate;
  const organisation = organisationLabel(seat);
  return (
    <FormDialog
      title={t(role === 'titular' ? 'replace.titleTitular' : 'replace.titleAlternate', {
        organisation,
      })}
      submitLabel={t('replace.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
      shownAtFields={['person']}
    >
      {current && <Text>{tUser('replace.current', { name: current.displayName })}</Text>}
      <PersonField
        legend={t(role === 'titular' ? 'addSeat.titular' : 'addSeat.alternate')}
        path="person"
        value={person}
        onChange={setPerson}
        people={people}
        issues={fieldIssues(error)}
      />
    </FormDialog>
  );
}

/** R4.1: records an administration seat's designation letter. */
export function DesignationLetterDialog({ seat, onClose, onSaved, onReload }: SeatDialogProps) {
  const { t } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const [file, setFile] = useState<File>();
  const [uploaded, setUploaded] = useState<Uploaded>();
  const action = useCallback(async () => {
    // Without a file, the server's answer names the missing document.
    const documentId = file
      ? (await uploadOnce(file, uploaded, (f) => api.upload(f, 'designation-letter'), setUploaded))
          .id
      : '';
    onSaved(await api.recordDesignationLetter(seat.id, { documentId, version: seat.version }));
  }, [api, seat, file, uploaded, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  return (
    <FormDialog
      title={t('letter.title', { organisation: organisationLabel(seat) })}
      submitLabel={t('letter.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
      shownAtFields={FILE_PATHS}
    >
      <FileField
        label={t('seat.letter')}
        required
        onChange={setFile}
        uploaded={uploaded}
        validation={issueText(fieldIssues(error), ...FILE_PATHS)}
      />
    </FormDialog>
  );
}

const CAUSES: CessationCause[] = ['dissolved', 'withdrawn', 'mandate-expired', 'absences'];

/** R12.2: the secretariat proposes to end a civil-society membership, with its R12.1 cause. */
export function ProposeCessationDialog({
  seat,
  cause: suggested,
  onClose,
  onSaved,
  onReload,
}: SeatDialogProps & { cause?: CessationCause | undefined }) {
  const { t } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const [cause, setCause] = useState<CessationCause | ''>(suggested ?? '');
  const [note, setNote] = useState('');
  const [file, setFile] = useState<File>();
  const [uploaded, setUploaded] = useState<Uploaded>();
  const action = useCallback(async () => {
    const letterDocumentId =
      cause === 'withdrawn' && file
        ? (await uploadOnce(file, uploaded, (f) => api.upload(f, 'withdrawal-letter'), setUploaded))
            .id
        : undefined;
    onSaved(
      await api.proposeCessation(seat.id, {
        cause: cause as CessationCause,
        version: seat.version,
        ...(letterDocumentId ? { letterDocumentId } : {}),
        ...(note.trim() ? { note } : {}),
      }),
    );
  }, [api, seat, cause, note, file, uploaded, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const issues = fieldIssues(error);
  return (
    <FormDialog
      title={t('cessation.proposeTitle', { organisation: organisationLabel(seat) })}
      submitLabel={t('cessation.proposeSubmit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
      shownAtFields={['cause', 'note', ...FILE_PATHS]}
    >
      <Field label={t('cessation.cause')} required {...issueText(issues, 'cause')}>
        <Select value={cause} onChange={(_, data) => setCause(data.value as CessationCause | '')}>
          <option value="">{t('form.choose')}</option>
          {CAUSES.map((c) => (
            <option key={c} value={c}>
              {t(`cause.${c}`)}
            </option>
          ))}
        </Select>
      </Field>
      {cause === 'withdrawn' && (
        <FileField
          label={t('cessation.letter')}
          required
          onChange={setFile}
          uploaded={uploaded}
          validation={issueText(issues, ...FILE_PATHS)}
        />
      )}
      <Field label={t('form.note')} {...issueText(issues, 'note')}>
        <Textarea value={note} resize="vertical" onChange={(_, data) => setNote(data.value)} />
      </Field>
    </FormDialog>
  );
}

/** R12.2: confirms a proposed cessation (the seat is freed) or dismisses it. */
export function DecideCessationDialog({
  seat,
  decision,
  onClose,
  onSaved,
  onReload,
}: SeatDialogProps & { decision: 'confirm' | 'dismiss' }) {
  const { t } = useT();
  const { api } = useSession();
  const issueText = useIssueText();
  const [file, setFile] = useState<File>();
  const [uploaded, setUploaded] = useState<Uploaded>();
  const cause = seat.cessation?.cause;
  // R12.1: a withdrawal is proven by the organisation's letter; it may arrive before confirming.
  const needsLetter = decision === 'confirm' && cause === 'withdrawn' && !seat.cessation?.letter;
  const action = useCallback(async () => {
    if (decision === 'dismiss') {
      onSaved(await api.dismissCessation(seat.id, { version: seat.version }));
      return;
    }
    const letterDocumentId =
      needsLetter && file
        ? (await uploadOnce(file, uploaded, (f) => api.upload(f, 'withdrawal-letter'), setUploaded))
            .id
        : undefined;
    onSaved(
      await api.confirmCessation(seat.id, {
        version: seat.version,
        ...(letterDocumentId ? { letterDocumentId } : {}),
      }),
    );
  }, [api, seat, decision, needsLetter, file, uploaded, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  const organisation = organisationLabel(seat);
  return (
    <FormDialog
      title={t(decision === 'confirm' ? 'cessation.confirmTitle' : 'cessation.dismissTitle', {
        organisation,
      })}
      submitLabel={t(
        decision === 'confirm' ? 'cessation.confirmSubmit' : 'cessation.dismissSubmit',
      )}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
      shownAtFields={FILE_PATHS}
    >
      <Text>
        {decision === 'confirm'
          ? t('cessation.confirmBody', { cause: cause ? t(`cause.${cause}`) : '—' })
          : t('cessation.dismissBody')}
      </Text>
      {needsLetter && (
        <FileField
          label={t('cessation.letter')}
          required
          onChange={setFile}
          uploaded={uploaded}
          validation={issueText(fieldIssues(error), ...FILE_PATHS)}
        />
      )}
    </FormDialog>
  );
}

/** R3.2: withdraws a seat still pending for parity (it never served; the audit keeps it). */
export function WithdrawPendingDialog({ seat, onClose, onSaved, onReload }: SeatDialogProps) {
  const { t } = useT();
  const { api } = useSession();
  const action = useCallback(async () => {
    onSaved(await api.withdrawPendingSeat(seat.id, { version: seat.version }));
  }, [api, seat, onSaved]);
  const { submit, saving, error } = useFormSubmit(action);
  return (
    <FormDialog
      title={t('withdraw.title', { organisation: organisationLabel(seat) })}
      submitLabel={t('withdraw.submit')}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      saving={saving}
      error={error}
    >
      <Text>{t('withdraw.body')}</Text>
    </FormDialog>
  );
}
