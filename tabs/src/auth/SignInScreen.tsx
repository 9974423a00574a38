import {
  Badge,
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { fetchLocalPeople, fetchLocalToken, type LocalPerson } from '../api/client.js';
import { useResource } from '../api/resource.js';
import { ProblemMessage } from '../components/ProblemMessage.js';
import { CATALOGS, useT, type MessageKey } from '../i18n/i18n.js';
import { useScreenStyles } from '../components/screen-styles.js';
import { saveSession, type LocalSession } from './session.js';

const useSignInStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 16rem), 1fr))',
    gap: tokens.spacingHorizontalL,
    alignItems: 'start',
  },
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  person: {
    width: '100%',
    justifyContent: 'flex-start',
    textAlign: 'start',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  personText: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
  },
  roles: { color: tokens.colorNeutralForeground2, fontWeight: tokens.fontWeightRegular },
  nameLine: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
});

type Group = 'staff' | 'administration' | 'civil_society' | 'other';
const GROUPS: Group[] = ['staff', 'administration', 'civil_society', 'other'];

function groupOf(person: LocalPerson): Group {
  if (person.roles.includes('secretariat') || person.roles.includes('chair')) return 'staff';
  return person.college ?? 'other';
}

/**
 * The embedded mode's sign-in: pick the person to act as. Tokens are signed by the server and
 * verified by the same code path as Entra ID tokens; roles come from the register.
 */
export function SignInScreen({
  onSignedIn,
  expired,
}: {
  onSignedIn: (session: LocalSession) => void;
  expired: boolean;
}) {
  const { t, formatList } = useT();
  const screen = useScreenStyles();
  const styles = useSignInStyles();
  const people = useResource(fetchLocalPeople);
  const [busy, setBusy] = useState<string>();
  const [failure, setFailure] = useState<unknown>();

  async function signIn(person: LocalPerson) {
    setBusy(person.id);
    setFailure(undefined);
    try {
      const token = await fetchLocalToken(person.id);
      const session = { personId: person.id, ...token };
      saveSession(session);
      onSignedIn(session);
    } catch (error) {
      setFailure(error);
      setBusy(undefined);
    }
  }

  const roleLabel = (role: string) =>
    `role.${role}` in CATALOGS.fr ? t(`role.${role}` as MessageKey) : role;

  return (
    <>
      <h1 className={screen.h1}>{t('signIn.title')}</h1>
      <Text className={screen.intro}>{t('signIn.intro')}</Text>
      {expired && (
        <MessageBar intent="info">
          <MessageBarBody>{t('signIn.expired')}</MessageBarBody>
        </MessageBar>
      )}
      {failure !== undefined && <ProblemMessage error={failure} />}
      {people.loading && !people.data && <Spinner label={t('app.loading')} />}
      {people.error !== undefined && !people.data && <ProblemMessage error={people.error} />}
      {people.data && people.data.length === 0 && <Text>{t('signIn.empty')}</Text>}
      {people.data && people.data.length > 0 && (
        <div className={styles.groups}>
          {GROUPS.map((group) => {
            const members = people.data!.filter((p) => groupOf(p) === group);
            if (members.length === 0) return null;
            const headingId = `sign-in-${group}`;
            return (
              <section key={group} className={styles.group} aria-labelledby={headingId}>
                <h2 id={headingId} className={screen.h2}>
                  {t(`signIn.group.${group}`)}
                </h2>
                <ul className={styles.list}>
                  {members.map((person) => (
                    <li key={person.id}>
                      <Button
                        className={styles.person}
                        appearance="secondary"
                        disabled={busy !== undefined}
                        onClick={() => void signIn(person)}
                        data-person-id={person.id}
                        icon={busy === person.id ? <Spinner size="tiny" /> : undefined}
                      >
                        <span className={styles.personText}>
                          <span className={styles.nameLine}>
                            <span>{person.displayName}</span>
                            {person.example && (
                              <Badge appearance="tint" color="warning" size="small">
                                {t('signIn.example')}
                              </Badge>
                            )}
                          </span>
                          {person.roles.length > 0 && (
                            <span className={styles.roles}>
                              {formatList(person.roles.map(roleLabel))}
                            </span>
                          )}
                        </span>
                      </Button>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })}
        </div>
      )}
    </>
  );
}
