import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { Verdict } from '../../api/client.js';
import { RuleMessage } from '../../components/RuleMessage.js';

const useChangeResultStyles = makeStyles({
  warnings: { margin: 0, padding: 0, listStyle: 'none' },
});

export interface ChangeOutcome {
  message: string;
  warnings: Verdict[];
}

/** What a change did, with the rule warnings it raised (each with its rule id). */
export function ChangeResult({ result }: { result: ChangeOutcome | undefined }) {
  const styles = useChangeResultStyles();
  if (!result) return null;
  return (
    <MessageBar
      intent={result.warnings.length ? 'warning' : 'success'}
      layout="multiline"
      data-testid="change-result"
    >
      <MessageBarBody>
        <MessageBarTitle>{result.message}</MessageBarTitle>
        {result.warnings.length > 0 && (
          <ul className={styles.warnings}>
            {result.warnings.map((warning, index) => (
              <li key={index}>
                <RuleMessage verdict={warning} />
              </li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
