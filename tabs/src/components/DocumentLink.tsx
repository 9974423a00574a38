import { Link, Spinner } from '@fluentui/react-components';
import { useState, type ReactNode } from 'react';
import type { DocumentRef } from '../api/client.js';
import { useSession } from '../auth/session-context.js';
import { useT } from '../i18n/i18n.js';

/**
 * A stored document (a letter, minutes, a communication's visual). The file needs the bearer
 * token, so a click fetches it and hands the browser a download.
 */
export function DocumentLink({
  document,
  label,
}: {
  document: Pick<DocumentRef, 'id' | 'name'>;
  /** The link's text; a file name inside it is user text (`tUser`). */
  label: ReactNode;
}) {
  const { api } = useSession();
  const { t } = useT();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);

  async function open(event: React.MouseEvent) {
    event.preventDefault();
    setBusy(true);
    setFailed(false);
    try {
      const blob = await api.download(document.id);
      const url = URL.createObjectURL(blob);
      const anchor = window.document.createElement('a');
      anchor.href = url;
      anchor.download = document.name;
      anchor.rel = 'noopener';
      anchor.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  return (
    <span>
      <Link
        href={`/api/documents/${encodeURIComponent(document.id)}`}
        // Fire and forget: `open` catches its own failure and shows it beside the link.
        onClick={(event) => void open(event)}
      >
        {label}
      </Link>
      {busy && <Spinner size="extra-tiny" as="span" />}
      {failed && <span role="alert"> {t('app.error')}</span>}
    </span>
  );
}
