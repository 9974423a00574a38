import type { Locale } from '../i18n.js';

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

export type CardElement = TextBlock | FactSet | Container;

/** Navigation buttons post `{ verb }` back as a message; the bot never reads identity from it. */
export interface SubmitAction {
  type: 'Action.Submit';
  title: string;
  data: { verb: string };
}

export interface OpenUrlAction {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export type CardAction = SubmitAction | OpenUrlAction;

// A type alias, not an interface: botbuilder's invoke response wants a Record<string, unknown>.
export type AdaptiveCard = {
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  type: 'AdaptiveCard';
  version: '1.5';
  /** Arabic cards read right to left. */
  rtl?: true;
  fallbackText: string;
  body: CardElement[];
  actions?: CardAction[];
};

/** The card envelope shared by every card: schema 1.5, direction from the locale. */
export function adaptiveCard(
  locale: Locale,
  body: CardElement[],
  actions: CardAction[] = [],
): AdaptiveCard {
  const first = body.find((element): element is TextBlock => element.type === 'TextBlock');
  return {
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    ...(locale === 'ar' ? { rtl: true as const } : {}),
    fallbackText: first?.text ?? '',
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
