import { Button, Text } from '@fluentui/react-components';
import { useCallback, useState } from 'react';
import type { Change, DecisionView, MeetingDetail } from '../../api/client.js';
import { useResource } from '../../api/resource.js';
import { useSession } from '../../auth/session-context.js';
import { ProblemMessage } from '../../components/ProblemMessage.js';
import { useScreenStyles } from '../../components/screen-styles.js';
import { useT } from '../../i18n/i18n.js';
import { navigate } from '../../router.js';
import { decisionPath } from './DecisionScreen.js';
import { DecisionItem } from './DecisionsScreen.js';
import { usePolling, VOTE_POLL_SECONDS } from './polling.js';
import { RecordDecisionDialog } from './RecordDecisionDialog.js';
import { VotePanel } from './VotePanel.js';

/** A meeting's decisions (R5.7), each linked to its page; the chair or secretariat records one. */
export function MeetingDecisionsSection({ meeting }: { meeting: MeetingDetail }) {
  const { t } = useT();
  const { api } = useSession();
  const screen = useScreenStyles();
  const decisions = useResource(() => api.decisions(meeting.id), meeting.id);
  const [recording, setRecording] = useState(false);
  const saved = useCallback((change: Change<DecisionView>) => {
    setRecording(false);
    navigate(decisionPath(change.value.id));
  }, []);
  const list = decisions.data ?? [];
  return (
    <section
      className={screen.panel}
      aria-labelledby="meeting-decisions-title"
      data-testid="meeting-decisions"
    >
      <h2 id="meeting-decisions-title" className={screen.h2}>
        {t('meetingDecisions.title')}
      </h2>
      <ProblemMessage error={decisions.error} />
      {decisions.data &&
        (list.length === 0 ? (
          <Text className={screen.muted}>{t('meetingDecisions.none')}</Text>
        ) : (
          <ul className={screen.plainList}>
            {list.map((decision) => (
              <li key={decision.id}>
                <DecisionItem decision={decision} />
              </li>
            ))}
          </ul>
        ))}
      {/* The chair or the secretariat, at a meeting not cancelled: the server says (R5.7). */}
      {meeting.can.recordDecision && (
        <div className={screen.actions}>
          <Button onClick={() => setRecording(true)}>{t('decisions.record')}</Button>
        </div>
      )}
      {recording && (
        <RecordDecisionDialog
          meetingId={meeting.id}
          onClose={() => setRecording(false)}
          onSaved={saved}
        />
      )}
    </section>
  );
}

/** How often the side panel looks for a vote the chair just opened. */
const WATCH_SECONDS = 15;

/**
 * The meeting side panel's open votes: the ballot for a member, the live tally for the chair.
 * A vote seen open here stays shown once closed, with its result.
 */
export function MeetingVotes({ meetingId }: { meetingId: string }) {
  const { api } = useSession();
  const decisions = useResource(() => api.decisions(meetingId), meetingId);
  // The votes seen open here, kept while rendering the answer that shows a new one (React:
  // adjusting state when a prop changes), so a vote closed since stays on the panel.
  const [seen, setSeen] = useState<ReadonlySet<string>>(() => new Set());
  const openNow = (decisions.data ?? []).flatMap((d) =>
    d.vote?.status === 'open' ? [d.vote.id] : [],
  );
  if (openNow.some((id) => !seen.has(id))) setSeen(new Set([...seen, ...openNow]));
  const shown = (decisions.data ?? []).filter(
    (d) => d.vote && (d.vote.status === 'open' || seen.has(d.vote.id)),
  );
  const anyOpen = shown.some((d) => d.vote?.status === 'open');
  const reload = decisions.reload;
  usePolling(true, reload, (anyOpen ? VOTE_POLL_SECONDS : WATCH_SECONDS) * 1000);
  const refresh = useCallback(() => void reload(), [reload]);
  return (
    <>
      {shown.map(
        (decision) =>
          decision.vote && (
            <VotePanel
              key={decision.vote.id}
              vote={decision.vote}
              reload={refresh}
              decisionPath={decisionPath(decision.id)}
            />
          ),
      )}
    </>
  );
}
