/**
 * Text a user typed, made literal for an Adaptive Card TextBlock or FactSet, which render a
 * markdown subset (`*`/`_` emphasis, `[text](url)` links, `#` headings, `-`/`1.` lists, code
 * spans). Every markdown character becomes a backslash escape (CommonMark), so a display name
 * such as `[Cliquez ici](https://evil.example)` shows as written instead of as a link, and the
 * text is never lost the way stripping would lose it (issue 10, item 4).
 */
export function escapeMarkdown(value: string): string {
  return (
    value
      // Anywhere: escapes, emphasis, links and images, code spans, strike-through, raw HTML.
      .replace(/[\\`*_~[\]<>!|]/g, '\\$&')
      // At the start of a line: a heading (`# `), a list item (`- `, `+ `, `1. `, `1) `).
      .replace(/^([ \t]*)(#{1,6}|[-+])(?=[ \t]|$)/gm, '$1\\$2')
      .replace(/^([ \t]*)(\d{1,9})([.)])(?=[ \t]|$)/gm, '$1$2\\$3')
  );
}

/** The text an escaped value shows, for places that render no markdown (`fallbackText`). */
export function unescapeMarkdown(value: string): string {
  return value.replace(/\\([\\`*_~[\]<>!|#+\-.)])/g, '$1');
}
