import { Button, Input, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Api } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useT } from '../../i18n/i18n.js';

const useCalendarFeedStyles = makeStyles({
  row: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'end',
    gap: tokens.spacingHorizontalS,
  },
  url: { minWidth: 'min(100%, 28rem)' },
});

/**
 * The signed-in person's own calendar subscription link. Only its hash is stored, so the URL
 * is shown once, when made; a new link replaces the old one, and either can be revoked.
 */
export function CalendarFeedSection({ api }: { api: Api }) {
  const { t, formatInstant } = useT();
  const screen = useScreenStyles();
  const styles = useCalendarFeedStyles();
  const status = useResource(() => api.calendarFeed(), api);
  const [url, setUrl] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  // Embedded mode only (Microsoft 365 uses Outlook invitations): no answer, no section.
  if (!status.data) return null;

  const act = async (action: () => Promise<string | undefined>) => {
    setBusy(true);
    setError(undefined);
    try {
      setUrl(await action());
      await status.reload();
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  };
  const create = () => act(async () => (await api.newCalendarFeed()).url);
  const revoke = () =>
    act(async () => {
      await api.revokeCalendarFeed();
      return undefined;
    });

  return (
    <section aria-labelledby="meetings-feed" className={screen.section}>
      <h2 id="meetings-feed" className={screen.h2}>
        {t('meetings.feed')}
      </h2>
      {url ? (
        <>
          <div className={styles.row}>
            <Input
              className={styles.url}
              readOnly
              value={url}
              aria-label={t('meetings.feedUrl')}
              onFocus={(event) => event.currentTarget.select()}
            />
            <Button onClick={() => void navigator.clipboard?.writeText(url)}>
              {t('meetings.feedCopy')}
            </Button>
          </div>
          <Text size={200} className={screen.muted}>
            {t('meetings.feedShownOnce')}
          </Text>
        </>
      ) : (
        <Text className={screen.muted}>
          {status.data.active && status.data.createdAt
            ? t('meetings.feedActiveSince', { date: formatInstant(status.data.createdAt) })
            : t('meetings.feedNone')}
        </Text>
      )}
      <Text size={200} className={screen.muted}>
        {t('meetings.feedHint')}
      </Text>
      <div className={styles.row}>
        <Button appearance="primary" disabled={busy} onClick={() => void create()}>
          {status.data.active ? t('meetings.feedRenew') : t('meetings.feedCreate')}
        </Button>
        {status.data.active && (
          <Button disabled={busy} onClick={() => void revoke()}>
            {t('meetings.feedRevoke')}
          </Button>
        )}
      </div>
      <ProblemMessage error={error} />
    </section>
  );
}
