import { badRequest } from './errors.js';

/**
 * The slice of OData the fake understands: `$filter` with eq, ne, lt, gt, le, ge, startswith,
 * and/or/not and parentheses (PLATFORM_NOTES §1 lists eq…startswith); `$orderby`; `$expand` with
 * nested options such as `fields(select=A,B)`; `$select`.
 */

export type Literal = string | number | boolean | null;

export type Operand =
  | { kind: 'property'; path: string[] }
  | {
      kind: 'literal';
      value: Literal;
      type: 'string' | 'number' | 'boolean' | 'null' | 'dateTime';
    };

export type FilterExpr =
  | { kind: 'and' | 'or'; left: FilterExpr; right: FilterExpr }
  | { kind: 'not'; expr: FilterExpr }
  | { kind: 'compare'; op: CompareOp; left: Operand; right: Operand }
  | { kind: 'startswith'; target: Operand; prefix: Operand };

export type CompareOp = 'eq' | 'ne' | 'lt' | 'gt' | 'le' | 'ge';

const COMPARE_OPS = new Set<string>(['eq', 'ne', 'lt', 'gt', 'le', 'ge']);
const DATE_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/i;

type Token =
  | { kind: 'punct'; value: '(' | ')' | ',' }
  | { kind: 'string'; value: string }
  | { kind: 'word'; value: string };

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i] ?? '';
    if (/\s/.test(ch)) {
      i++;
    } else if (ch === '(' || ch === ')' || ch === ',') {
      tokens.push({ kind: 'punct', value: ch });
      i++;
    } else if (ch === "'") {
      let value = '';
      i++;
      for (;;) {
        if (i >= text.length) throw invalidFilter(text, 'unterminated string literal');
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            value += "'";
            i += 2;
            continue;
          }
          i++;
          break;
        }
        value += text[i];
        i++;
      }
      tokens.push({ kind: 'string', value });
    } else {
      const match = /^[^\s(),']+/.exec(text.slice(i));
      const word = match?.[0] ?? ch;
      tokens.push({ kind: 'word', value: word });
      i += word.length;
    }
  }
  return tokens;
}

function invalidFilter(text: string, why: string): Error {
  return badRequest(`Invalid filter clause: ${why} in '${text}'.`);
}

/** Parses a `$filter` expression; throws a 400 invalidRequest on anything else. */
export function parseFilter(text: string): FilterExpr {
  const tokens = tokenize(text);
  let pos = 0;
  const peekWord = (): string | undefined => {
    const token = tokens[pos];
    return token?.kind === 'word' ? token.value.toLowerCase() : undefined;
  };
  const expectPunct = (value: string): void => {
    const token = tokens[pos];
    if (token?.kind !== 'punct' || token.value !== value) {
      throw invalidFilter(text, `expected '${value}'`);
    }
    pos++;
  };

  const operand = (): Operand => {
    const token = tokens[pos];
    if (!token) throw invalidFilter(text, 'unexpected end');
    pos++;
    if (token.kind === 'string') {
      return { kind: 'literal', value: token.value, type: 'string' };
    }
    if (token.kind === 'punct') throw invalidFilter(text, `unexpected '${token.value}'`);
    const word = token.value;
    const lower = word.toLowerCase();
    if (lower === 'true' || lower === 'false') {
      return { kind: 'literal', value: lower === 'true', type: 'boolean' };
    }
    if (lower === 'null') return { kind: 'literal', value: null, type: 'null' };
    if (/^-?\d+(\.\d+)?([eE][+-]?\d+)?[mMdDfFlL]?$/.test(word)) {
      return { kind: 'literal', value: Number.parseFloat(word), type: 'number' };
    }
    if (DATE_TIME.test(word)) return { kind: 'literal', value: word, type: 'dateTime' };
    if (/^[A-Za-z_][\w@.]*(\/[A-Za-z_][\w@.]*)*$/.test(word)) {
      return { kind: 'property', path: word.split('/') };
    }
    throw invalidFilter(text, `unexpected '${word}'`);
  };

  const primary = (): FilterExpr => {
    const token = tokens[pos];
    if (token?.kind === 'punct' && token.value === '(') {
      pos++;
      const inner = orExpr();
      expectPunct(')');
      return inner;
    }
    const word = peekWord();
    if (word === 'not') {
      pos++;
      return { kind: 'not', expr: primary() };
    }
    const next = tokens[pos + 1];
    if (word !== undefined && next?.kind === 'punct' && next.value === '(') {
      if (word !== 'startswith') {
        throw invalidFilter(text, `function '${word}' is not supported`);
      }
      pos += 2;
      const target = operand();
      expectPunct(',');
      const prefix = operand();
      expectPunct(')');
      // `startswith(x,'a') eq true` is the long form of the same test.
      if (peekWord() === 'eq') {
        pos++;
        const truth = operand();
        if (truth.kind !== 'literal' || truth.value !== true) {
          throw invalidFilter(text, 'startswith compared with something other than true');
        }
      }
      return { kind: 'startswith', target, prefix };
    }
    const left = operand();
    const op = peekWord();
    if (op === undefined || !COMPARE_OPS.has(op)) {
      throw invalidFilter(text, `expected a comparison operator after '${describe(left)}'`);
    }
    pos++;
    const right = operand();
    return { kind: 'compare', op: op as CompareOp, left, right };
  };

  const andExpr = (): FilterExpr => {
    let left = primary();
    while (peekWord() === 'and') {
      pos++;
      left = { kind: 'and', left, right: primary() };
    }
    return left;
  };

  const orExpr = (): FilterExpr => {
    let left = andExpr();
    while (peekWord() === 'or') {
      pos++;
      left = { kind: 'or', left, right: andExpr() };
    }
    return left;
  };

  const expr = orExpr();
  if (pos !== tokens.length) throw invalidFilter(text, 'trailing input');
  return expr;
}

function describe(operand: Operand): string {
  return operand.kind === 'property' ? operand.path.join('/') : String(operand.value);
}

/** Every property path referenced (to check indexing). */
export function filterProperties(expr: FilterExpr): string[][] {
  switch (expr.kind) {
    case 'and':
    case 'or':
      return [...filterProperties(expr.left), ...filterProperties(expr.right)];
    case 'not':
      return filterProperties(expr.expr);
    case 'compare':
      return [expr.left, expr.right].flatMap((o) => (o.kind === 'property' ? [o.path] : []));
    case 'startswith':
      return [expr.target, expr.prefix].flatMap((o) => (o.kind === 'property' ? [o.path] : []));
  }
}

/**
 * Evaluates a filter. `get` returns a property's value; comparisons are typed: numbers
 * numerically, date-times by instant, strings case-insensitively (SharePoint compares text
 * without case), booleans also match 1/0.
 */
export function evaluateFilter(expr: FilterExpr, get: (path: string[]) => unknown): boolean {
  switch (expr.kind) {
    case 'and':
      return evaluateFilter(expr.left, get) && evaluateFilter(expr.right, get);
    case 'or':
      return evaluateFilter(expr.left, get) || evaluateFilter(expr.right, get);
    case 'not':
      return !evaluateFilter(expr.expr, get);
    case 'startswith': {
      const target = value(expr.target, get);
      const prefix = value(expr.prefix, get);
      return (
        typeof target === 'string' &&
        typeof prefix === 'string' &&
        target.toLowerCase().startsWith(prefix.toLowerCase())
      );
    }
    case 'compare': {
      const order = compareValues(value(expr.left, get), value(expr.right, get));
      switch (expr.op) {
        case 'eq':
          return order === 0;
        case 'ne':
          return order !== 0;
        case 'lt':
          return order !== undefined && order !== null && order < 0;
        case 'gt':
          return order !== undefined && order !== null && order > 0;
        case 'le':
          return order !== undefined && order !== null && order <= 0;
        case 'ge':
          return order !== undefined && order !== null && order >= 0;
      }
    }
  }
}

function value(operand: Operand, get: (path: string[]) => unknown): unknown {
  return operand.kind === 'property' ? get(operand.path) : operand.value;
}

/** -1/0/1, `null` when one side is null and the other not, undefined when incomparable. */
export function compareValues(a: unknown, b: unknown): number | null | undefined {
  if (a === null || a === undefined || b === null || b === undefined) {
    return (a ?? null) === (b ?? null) ? 0 : null;
  }
  if (typeof a === 'boolean' || typeof b === 'boolean') {
    const num = (v: unknown) => (v === true || v === 1 || v === '1' ? 1 : 0);
    return Math.sign(num(a) - num(b));
  }
  if (typeof a === 'number' && typeof b === 'number') return Math.sign(a - b);
  if (typeof a === 'number' || typeof b === 'number') {
    const na = Number(a);
    const nb = Number(b);
    return Number.isNaN(na) || Number.isNaN(nb) ? undefined : Math.sign(na - nb);
  }
  if (typeof a === 'string' && typeof b === 'string') {
    if (DATE_TIME.test(a) && DATE_TIME.test(b) && a.length >= 10 && b.length >= 10) {
      const ta = Date.parse(withZone(a));
      const tb = Date.parse(withZone(b));
      if (!Number.isNaN(ta) && !Number.isNaN(tb)) return Math.sign(ta - tb);
    }
    const la = a.toLowerCase();
    const lb = b.toLowerCase();
    return la < lb ? -1 : la > lb ? 1 : 0;
  }
  return undefined;
}

/** A date-time without offset is taken as UTC. */
function withZone(text: string): string {
  if (text.length === 10) return `${text}T00:00:00Z`;
  return /(Z|[+-]\d{2}:\d{2})$/i.test(text) ? text : `${text}Z`;
}

export interface OrderBy {
  path: string[];
  descending: boolean;
}

export function parseOrderBy(text: string): OrderBy[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .map((part) => {
      const [property, direction, extra] = part.split(/\s+/);
      const dir = direction?.toLowerCase();
      if (
        !property ||
        extra !== undefined ||
        (dir !== undefined && dir !== 'asc' && dir !== 'desc')
      ) {
        throw badRequest(`Invalid orderby clause: '${text}'.`);
      }
      return { path: property.split('/'), descending: dir === 'desc' };
    });
}

/** `fields(select=A,B),columns` → Map { fields → {select:[A,B]}, columns → {} }. */
export function parseExpand(text: string): Map<string, { select?: string[] }> {
  const out = new Map<string, { select?: string[] }>();
  for (const item of splitTopLevel(text)) {
    const match = /^([\w.]+)\s*(?:\((.*)\))?$/.exec(item.trim());
    if (!match) throw badRequest(`Invalid expand clause: '${text}'.`);
    const options: { select?: string[] } = {};
    for (const option of splitTopLevel(match[2] ?? '', ';')) {
      const [key, val] = option.split('=');
      const name = key?.trim().replace(/^\$/, '').toLowerCase();
      if (name === 'select' && val !== undefined) {
        options.select = val
          .split(',')
          .map((s) => s.trim())
          .filter((s) => s.length > 0);
      }
    }
    out.set((match[1] ?? '').toLowerCase(), options);
  }
  return out;
}

function splitTopLevel(text: string, separator = ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of text) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    // Inside `fields(select=A,B)` the comma separates selected fields, not expand items.
    if (ch === separator && depth === 0) {
      parts.push(current);
      current = '';
    } else {
      current += ch;
    }
  }
  if (current.trim().length > 0) parts.push(current);
  return parts;
}

export function parseSelect(text: string | null): string[] | undefined {
  if (text === null) return undefined;
  return text
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

/**
 * Graph accepts system query options with or without `$` (`expand=fields` is the form of the
 * list-item docs, PLATFORM_NOTES §1).
 */
export function queryOption(query: URLSearchParams, name: string): string | null {
  return query.get(`$${name}`) ?? query.get(name);
}
