import type { Locale } from '../i18n.js';
import { unescapeMarkdown } from './markdown.js';

/**
 * The subset of the Adaptive Card 1.5 schema the bot's cards use, typed so that a misspelt
 * property fails to compile. Teams renders at most version 1.5 (PLATFORM_NOTES §7).
 */
export type TextColor = 'Default' | 'Good' | 'Warning' | 'Attention' | 'Accent';
export type ContainerStyle = 'default' | 'emphasis' | 'good' | 'warning' | 'attention' | 'accent';
export type Spacing = 'None' | 'Small' | 'Default' | 'Medium' | 'Large';

export interface TextBlock {
  type: 'TextBlock';
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Lighter' | 'Default' | 'Bolder';
  color?: TextColor;
  isSubtle?: boolean;
  style?: 'heading';
  spacing?: Spacing;
  separator?: boolean;
}

export interface FactSet {
  type: 'FactSet';
  facts: { title: string; value: string }[];
  spacing?: Spacing;
}

export interface Container {
  type: 'Container';
  items: CardElement[];
  style?: ContainerStyle;
  spacing?: Spacing;
  separator?: boolean;
  bleed?: boolean;
}

/** Inputs carry a visible `label` (1.3+), read by screen readers in Teams. */
interface InputBase {
  id: string;
  label: string;
  isRequired?: boolean;
  errorMessage?: string;
  spacing?: Spacing;
}

export interface TextInput extends InputBase {
  type: 'Input.Text';
  isMultiline?: boolean;
  maxLength?: number;
  placeholder?: string;
  value?: string;
}

export interface ChoiceSetInput extends InputBase {
  type: 'Input.ChoiceSet';
  choices: { title: string; value: string }[];
  style?: 'compact' | 'expanded';
  isMultiSelect?: boolean;
  /** Several values are comma-separated. */
  value?: string;
  wrap?: true;
}

export interface DateInput extends InputBase {
  type: 'Input.Date';
  /** `YYYY-MM-DD`. */
  value?: string;
  min?: string;
}

export interface TimeInput extends InputBase {
  type: 'Input.Time';
  /** `HH:mm`. */
  value?: string;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardAction[];
  spacing?: Spacing;
}

export type CardInput = TextInput | ChoiceSetInput | DateInput | TimeInput;
export type CardElement = TextBlock | FactSet | Container | ActionSet | CardInput;

/** Card data posted back: the verb and the ids it acts on; never an identity. */
export type ActionData = { verb: string } & Record<string, string>;

/** Navigation buttons post `{ verb }` back as a message; the bot never reads identity from it. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: ActionData;
  style?: 'positive' | 'destructive';
  /** `none`: the button posts no input (and so is not blocked by the card's required ones). */
  associatedInputs?: 'auto' | 'none';
}

/**
 * Universal Actions (1.4+): the bot receives an `adaptiveCard/action` invoke and answers with
 * the card that replaces this one. Older clients fall back to an Action.Submit message.
 */
export interface ExecuteAction {
  type: 'Action.Execute';
  title: string;
  verb: string;
  data: Record<string, string>;
  style?: 'positive' | 'destructive';
  associatedInputs?: 'auto' | 'none';
  fallback: SubmitAction;
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

/**
 * A button that unfolds a small card under the card (no round trip): used to ask for a
 * confirmation before an action that cannot be undone.
 */
export interface ShowCardAction {
  type: 'Action.ShowCard';
  title: string;
  style?: 'positive' | 'destructive';
  card: { type: 'AdaptiveCard'; body: CardElement[]; actions?: CardAction[] };
}

export type CardAction = SubmitAction | ExecuteAction | OpenUrlAction | ShowCardAction;

/**
 * A user-specific view (PLATFORM_NOTES §7): clients of the listed users (MRIs `29:…`, at most
 * 60) run `action` when they show the card, so each one sees their own state; an empty list
 * turns automatic refresh off and leaves the « refresh card » menu item.
 */
export interface Refresh {
  action: { type: 'Action.Execute'; verb: string; data: Record<string, string> };
  userIds: string[];
}

// A type alias, not an interface: botbuilder's invoke response wants a Record<string, unknown>.
export type AdaptiveCard = {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.5';
  /** Arabic cards read right to left. */
  rtl?: true;
  fallbackText: string;
  refresh?: Refresh;
  body: CardElement[];
  actions?: CardAction[];
};

/** The card envelope shared by every card: schema 1.5, direction from the locale. */
export function adaptiveCard(
  locale: Locale,
  body: CardElement[],
  actions: CardAction[] = [],
  refresh?: Refresh,
): AdaptiveCard {
  const first = body.find((element): element is TextBlock => element.type === 'TextBlock');
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    ...(locale === 'ar' ? { rtl: true as const } : {}),
    // Plain text (notifications, old clients): a typed value's markdown escapes read back.
    fallbackText: unescapeMarkdown(first?.text ?? ''),
    ...(refresh ? { refresh } : {}),
    body,
    ...(actions.length > 0 ? { actions } : {}),
  };
}

export function heading(text: string): TextBlock {
  return { type: 'TextBlock', text, wrap: true, size: 'Large', weight: 'Bolder', style: 'heading' };
}

export function text(
  value: string,
  options: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {},
): TextBlock {
  return { type: 'TextBlock', text: value, wrap: true, ...options };
}

/** A notice on a tinted background: readable in every theme, unlike coloured text. */
export function notice(style: ContainerStyle, value: string): Container {
  return { type: 'Container', style, items: [text(value, { size: 'Small' })] };
}

export function submit(title: string, verb: string): SubmitAction {
  return { type: 'Action.Submit', title, data: { verb } };
}

/**
 * An Action.Execute with its Action.Submit fallback carrying the same verb and data. A button
 * that submits a form posts the card's inputs (and requires the required ones); a navigation
 * button (`inputs: 'none'`) posts only its data, so an empty form does not block it.
 */
export function execute(
  title: string,
  verb: string,
  data: Record<string, string>,
  options: { style?: 'positive' | 'destructive'; inputs?: 'none' } = {},
): ExecuteAction {
  const extra = {
    ...(options.style ? { style: options.style } : {}),
    ...(options.inputs ? { associatedInputs: options.inputs } : {}),
  };
  return {
    type: 'Action.Execute',
    title,
    verb,
    data,
    ...extra,
    fallback: { type: 'Action.Submit', title, data: { ...data, verb }, ...extra },
  };
}

export function actionSet(actions: CardAction[], spacing: Spacing = 'Medium'): ActionSet {
  return { type: 'ActionSet', actions, spacing };
}
