import { Button, Field, makeStyles, Select, Text, tokens } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { Api, PersonView } from '../api/client.js';
import { useT } from '../i18n/i18n.js';
import { ProblemMessage } from './ProblemMessage.js';
import { useScreenStyles } from './screen-styles.js';

const useRevokeFeedStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
  },
});

/**
 * The secretariat revokes anyone's calendar subscription link (a lost phone, a departure not
 * yet recorded). A cessation revokes its holders' links by itself.
 */
export function RevokeFeedPanel({ api, people }: { api: Api; people: PersonView[] }) {
  const { t, tUser } = useT();
  const screen = useScreenStyles();
  const styles = useRevokeFeedStyles();
  const [personId, setPersonId] = useState('');
  const [result, setResult] = useState<ReactNode>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  const revoke = async () => {
    const person = people.find((p) => p.id === personId);
    if (!person) return;
    setBusy(true);
    setError(undefined);
    setResult(undefined);
    try {
      const { revoked } = await api.revokeCalendarFeedOf(person.id);
      setResult(
        revoked > 0
          ? tUser('members.feedRevoked', { name: person.displayName })
          : tUser('members.feedNoneToRevoke', { name: person.displayName }),
      );
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={screen.section} aria-labelledby="revoke-feed-title">
      <h2 id="revoke-feed-title" className={screen.h2}>
        {t('members.feedTitle')}
      </h2>
      <div className={styles.row}>
        <Field label={t('members.feedPerson')}>
          <Select value={personId} onChange={(_event, data) => setPersonId(data.value)}>
            <option value="" />
            {people.map((person) => (
              <option key={person.id} value={person.id} dir="auto">
                {person.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={busy || personId === ''} onClick={() => void revoke()}>
          {t('members.feedRevoke')}
        </Button>
      </div>
      {result && <Text role="status">{result}</Text>}
      <ProblemMessage error={error} />
    </section>
  );
}
