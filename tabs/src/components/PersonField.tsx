import {
  Button,
  Checkbox,
  Field,
  Input,
  makeStyles,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { DirectoryLookupView, PersonView } from '../api/client.js';
import { useSession } from '../auth/session-context.js';
import type { AddSeatRequest } from '../../../core/contracts/index.js';
import { useT } from '../i18n/i18n.js';
import { issuesAt, type FieldIssue, type IssuePath } from './problems.js';

export const useFieldGroupStyles = makeStyles({
  fieldset: {
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    minWidth: 0,
  },
  legend: {
    padding: `0 ${tokens.spacingHorizontalXS}`,
    fontWeight: tokens.fontWeightSemibold,
  },
  row: {
    display: 'grid',
    alignItems: 'start',
    // 14rem: wider than a native input's intrinsic width, so no field overflows its column.
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 14rem), 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

/** A person as the form holds it: chosen from the register, or typed in. */
export interface PersonDraft {
  mode: 'existing' | 'new';
  id: string;
  displayName: string;
  email: string;
  guest: boolean;
  /** Civil society without a guest account yet: invite them as a guest (Microsoft 365). */
  invite: boolean;
}

export const emptyPerson = (guest: boolean): PersonDraft => ({
  mode: 'existing',
  id: '',
  displayName: '',
  email: '',
  guest,
  invite: false,
});

export function personInput(draft: PersonDraft): AddSeatRequest['titular'] {
  return draft.mode === 'existing'
    ? { id: draft.id }
    : {
        displayName: draft.displayName,
        email: draft.email,
        guest: draft.guest,
        invite: draft.guest && draft.invite,
      };
}

/** What a Fluent Field shows for the issues at `paths`. */
export function useIssueText() {
  const { pick } = useT();
  return (issues: FieldIssue[], ...paths: IssuePath[]) => {
    const found = issuesAt(issues, ...paths);
    if (found.length === 0) return {};
    return {
      validationState: 'error' as const,
      validationMessage: found
        .map((issue) => (typeof issue.message === 'string' ? issue.message : pick(issue.message)))
        .join(' '),
    };
  };
}

export interface PersonFieldProps {
  legend: string;
  /** The request path of this person (`titular`, `alternate`, `person`), for issues. */
  path: string;
  value: PersonDraft;
  onChange: (value: PersonDraft) => void;
  people: PersonView[];
  issues: FieldIssue[];
}

/** Picks a person from the register or enters a new one (name, e-mail, guest). */
export function PersonField({ legend, path, value, onChange, people, issues }: PersonFieldProps) {
  const { t } = useT();
  const styles = useFieldGroupStyles();
  const issueText = useIssueText();
  const legendId = useId();
  const set = (patch: Partial<PersonDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className={styles.fieldset} data-testid={`person-${path}`}>
      <legend id={legendId} className={styles.legend}>
        {legend}
      </legend>
      <RadioGroup
        layout="horizontal"
        aria-labelledby={legendId}
        value={value.mode}
        onChange={(_, data) => set({ mode: data.value as PersonDraft['mode'] })}
      >
        <Radio value="existing" label={t('form.existing')} />
        <Radio value="new" label={t('form.new')} />
      </RadioGroup>
      {value.mode === 'existing' ? (
        <Field label={t('addSeat.personPick')} required {...issueText(issues, path)}>
          <Select value={value.id} onChange={(_, data) => set({ id: data.value })}>
            <option value="">{t('form.choose')}</option>
            {people.map((person) => (
              <option key={person.id} value={person.id}>
                {person.displayName} — {person.email}
              </option>
            ))}
          </Select>
        </Field>
      ) : (
        <>
          <div className={styles.row}>
            <Field
              label={t('addSeat.personName')}
              required
              {...issueText(issues, `${path}.displayName`, { exact: path })}
            >
              <Input
                value={value.displayName}
                autoComplete="off"
                onChange={(_, data) => set({ displayName: data.value })}
              />
            </Field>
            <Field
              label={t('addSeat.personEmail')}
              required
              {...issueText(issues, `${path}.email`)}
            >
              <Input
                type="email"
                value={value.email}
                autoComplete="off"
                onChange={(_, data) => set({ email: data.value })}
              />
            </Field>
          </div>
          <Checkbox
            checked={value.guest}
            label={t('addSeat.personGuest')}
            onChange={(_, data) => set({ guest: data.checked === true })}
          />
          <DirectorySearch value={value} onChange={onChange} />
          {value.guest ? (
            <Checkbox
              checked={value.invite}
              label={t('addSeat.personInvite')}
              onChange={(_, data) => set({ invite: data.checked === true })}
            />
          ) : null}
        </>
      )}
    </fieldset>
  );
}

/**
 * Shows who the directory knows by the typed address (issue 10: the object id comes from the
 * directory at registration, never from the form): a tenant member, an existing guest account,
 * someone already in the register, or nobody (then a civil-society member can be invited).
 */
function DirectorySearch({
  value,
  onChange,
}: {
  value: PersonDraft;
  onChange: (value: PersonDraft) => void;
}) {
  const { t } = useT();
  const { api } = useSession();
  const [result, setResult] = useState<{ email: string; view: DirectoryLookupView }>();
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState(false);
  const search = async () => {
    setSearching(true);
    setFailed(false);
    try {
      const view = await api.lookUpDirectory(value.email.trim(), value.guest);
      setResult({ email: value.email.trim(), view });
      if (view.found && !value.displayName.trim()) {
        onChange({ ...value, displayName: view.found.displayName });
      }
    } catch {
      setFailed(true);
      setResult(undefined);
    } finally {
      setSearching(false);
    }
  };
  // A result is about the address it was asked for; a changed address needs a new search.
  const shown = result && result.email === value.email.trim() ? result.view : undefined;
  return (
    <div data-testid="directory-search">
      <Button
        size="small"
        disabled={searching || !value.email.includes('@')}
        onClick={() => void search()}
      >
        {t('addSeat.directorySearch')}
      </Button>
      <Text as="p" role="status" aria-live="polite">
        {failed ? t('addSeat.directoryFailed') : shown ? directoryMessage(shown, value, t) : ''}
      </Text>
    </div>
  );
}

function directoryMessage(
  view: DirectoryLookupView,
  draft: PersonDraft,
  t: ReturnType<typeof useT>['t'],
): string {
  if (view.registered)
    return t('addSeat.directoryRegistered', { name: view.registered.displayName });
  if (view.found) {
    return t(view.found.guest ? 'addSeat.directoryFoundGuest' : 'addSeat.directoryFoundMember', {
      name: view.found.displayName,
      email: view.found.email,
    });
  }
  if (view.source === 'local') return t('addSeat.directoryLocal');
  return t(draft.guest ? 'addSeat.directoryNoGuest' : 'addSeat.directoryNotFound');
}
