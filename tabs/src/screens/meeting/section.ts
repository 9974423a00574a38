import { makeStyles, tokens } from '@fluentui/react-components';
import type { MeetingDetail, Verdict } from '../../api/client.js';

/** What every section of the meeting screen receives. */
export interface SectionProps {
  /** The meeting as the signed-in person sees it: what they may do is its `can` / `cannot`. */
  meeting: MeetingDetail;
  /** After a change: reload the meeting and say what happened (with any rule warnings). */
  changed: (result: { message: string; warnings?: Verdict[] | undefined }) => void;
  /** Reload the meeting (after a refusal or a conflict, what is allowed may have changed). */
  reload: () => void;
}

export const useSectionStyles = makeStyles({
  items: {
    margin: 0,
    padding: 0,
    listStyle: 'none',
    display: 'flex',
    flexDirection: 'column',
  },
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
    paddingBlock: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  itemTop: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
  },
  quote: {
    margin: 0,
    paddingInlineStart: tokens.spacingHorizontalM,
    borderInlineStartWidth: tokens.strokeWidthThick,
    borderInlineStartStyle: 'solid',
    borderInlineStartColor: tokens.colorNeutralStroke2,
    whiteSpace: 'pre-wrap',
  },
  answer: {
    margin: 0,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
    whiteSpace: 'pre-wrap',
  },
  form: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  submit: { alignSelf: 'flex-start' },
});
