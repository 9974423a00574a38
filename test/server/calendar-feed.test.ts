import ICAL from 'ical.js';
import nodeIcal, { type VEvent } from 'node-ical';
import { describe, expect, it } from 'vitest';
import { MeetingSchema, type Meeting } from '../../core/model/meeting.js';
import { calendarIcs, meetingDescription } from '../../server/http/calendar-feed.js';

/*
 * The ICS feed read back as a calendar app would, by an RFC 5545 reader written here (no
 * library shared with the writer): physical lines are checked as bytes, then unfolded, then
 * properties are split into name, parameters and value, and text values unescaped.
 */

interface Property {
  name: string;
  params: Record<string, string>;
  value: string;
}

/** RFC 5545 §3.1: unfold (CRLF followed by one space or tab) and split into properties. */
function parseIcs(ics: string): Property[] {
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((line) => line !== '')
    .map((line) => {
      // The value starts after the first colon that is not inside a quoted parameter.
      let quoted = false;
      let colon = -1;
      for (let i = 0; i < line.length; i++) {
        if (line[i] === '"') quoted = !quoted;
        if (line[i] === ':' && !quoted) {
          colon = i;
          break;
        }
      }
      const [name = '', ...params] = line.slice(0, colon).split(';');
      return {
        name,
        params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])),
        value: line.slice(colon + 1),
      };
    });
}

/** RFC 5545 §3.3.11: TEXT unescaping. */
const unescapeText = (value: string) =>
  value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));

function events(ics: string): Property[][] {
  const out: Property[][] = [];
  let current: Property[] | undefined;
  for (const p of parseIcs(ics)) {
    if (p.name === 'BEGIN' && p.value === 'VEVENT') current = [];
    else if (p.name === 'END' && p.value === 'VEVENT' && current) {
      out.push(current);
      current = undefined;
    } else current?.push(p);
  }
  return out;
}

const prop = (event: Property[], name: string) => event.find((p) => p.name === name);

const meeting = (fields: Partial<Meeting>): Meeting =>
  MeetingSchema.parse({
    id: 'm1',
    title: 'Réunion',
    start: '2026-12-02T10:00:00Z',
    end: '2026-12-02T12:00:00Z',
    status: 'noticed',
    ...fields,
  });

const ARABIC_TITLE =
  'متابعة تنفيذ خطة العمل الوطنية للحكومة المنفتحة وتقييم الالتزامات المتعلقة بالشفافية والمشاركة';

const feed = calendarIcs(
  [
    meeting({
      id: 'dec',
      title: 'Comité de pilotage — décembre 2026 & bilan',
      // 10:00 in Morocco on 2 December 2026 is 10:00Z (UTC+0 since 2026-09-20).
      start: '2026-12-02T10:00:00Z',
      end: '2026-12-02T12:00:00Z',
      location: 'Rabat, salle du Conseil',
      agenda: [
        {
          id: 'a1',
          title: 'Suivi <du> plan & "risques"',
          presenter: 'Secrétariat',
          documentIds: [],
        },
        { id: 'a2', title: ARABIC_TITLE, documentIds: [] },
      ],
    }),
    meeting({
      id: 'jun',
      title: 'Comité de pilotage — juin 2026',
      // 10:00 in Morocco on 10 June 2026 is 09:00Z (UTC+1).
      start: '2026-06-10T09:00:00Z',
      end: '2026-06-10T11:00:00Z',
    }),
    meeting({ id: 'draft', status: 'draft' }),
  ],
  { name: 'Secrétariat du comité', email: 'secretariat@example.org' },
);

describe('the ICS feed (RFC 5545), read back', () => {
  it('folds lines at 75 octets without splitting a UTF-8 sequence', () => {
    const bytes = Buffer.from(feed, 'utf8');
    const lines: Buffer[] = [];
    let from = 0;
    for (let i = 0; i < bytes.length - 1; i++) {
      if (bytes[i] === 0x0d && bytes[i + 1] === 0x0a) {
        lines.push(bytes.subarray(from, i));
        from = i + 2;
      }
    }
    expect(from).toBe(bytes.length); // every line ends with CRLF
    const decoder = new TextDecoder('utf-8', { fatal: true });
    for (const line of lines) {
      expect(line.length).toBeLessThanOrEqual(75);
      // A line cut inside a multi-byte sequence would not decode on its own.
      expect(() => decoder.decode(line)).not.toThrow();
    }
    // The Arabic agenda item (2 bytes a letter) did need folding.
    expect(lines.some((l) => l[0] === 0x20)).toBe(true);
  });

  it('publishes (METHOD:PUBLISH) with an ORGANIZER on every event, drafts left out', () => {
    const props = parseIcs(feed);
    expect(props.find((p) => p.name === 'METHOD')?.value).toBe('PUBLISH');
    const all = events(feed);
    expect(all.map((e) => prop(e, 'UID')?.value)).toEqual(['dec@ogp-copil', 'jun@ogp-copil']);
    for (const event of all) {
      const organizer = prop(event, 'ORGANIZER');
      expect(organizer?.value.toLowerCase()).toBe('mailto:secretariat@example.org');
      expect(organizer?.params['CN']).toBeTruthy();
    }
  });

  it('writes DTSTART/DTEND in UTC, and the local time in the text matches them', () => {
    const [december, june] = events(feed) as [Property[], Property[]];
    expect(prop(december, 'DTSTART')?.value).toBe('20261202T100000Z');
    expect(prop(december, 'DTEND')?.value).toBe('20261202T120000Z');
    const decText = unescapeText(prop(december, 'DESCRIPTION')?.value ?? '');
    expect(decText).toContain('mercredi 2 décembre 2026, de 10:00 à 12:00');
    expect(decText).toContain('UTC+00:00');
    expect(prop(june, 'DTSTART')?.value).toBe('20260610T090000Z');
    const junText = unescapeText(prop(june, 'DESCRIPTION')?.value ?? '');
    expect(junText).toContain('mercredi 10 juin 2026, de 10:00 à 12:00');
    expect(junText).toContain('UTC+01:00');
  });

  it('keeps agenda text as typed (no HTML escaping) and paragraphs on their own lines', () => {
    const [december] = events(feed) as [Property[]];
    const raw = prop(december, 'DESCRIPTION')?.value ?? '';
    expect(raw).toContain('\\n\\nOrdre du jour :\\n1. ');
    expect(raw).not.toMatch(/&#\d+;|&(amp|lt|gt|quot);|<\/?(p|ol|li)>/);
    const text = unescapeText(raw);
    expect(text.split('\n\n')).toHaveLength(3);
    expect(text).toContain('1. Suivi <du> plan & "risques" — Secrétariat');
    expect(text).toContain(`2. ${ARABIC_TITLE}`);
    expect(unescapeText(prop(december, 'SUMMARY')?.value ?? '')).toBe(
      'Comité de pilotage — décembre 2026 & bilan',
    );
  });
});

/*
 * The same feed through two independent, widely used iCalendar parsers (Mozilla's ical.js and
 * node-ical), as calendar apps would read it: both must see the UTC start, the text with its
 * paragraphs, the organiser and the publishing method.
 */
describe('the ICS feed, read by two independent iCalendar parsers', () => {
  it('ical.js reads the UTC start, the local time in the text and the organiser', () => {
    const calendar = new ICAL.Component(ICAL.parse(feed));
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    const vevents = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(vevents.map((e) => e.uid)).toEqual(['dec@ogp-copil', 'jun@ogp-copil']);
    const [december, june] = vevents as [ICAL.Event, ICAL.Event];
    expect(december.startDate.toJSDate().toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(december.endDate.toJSDate().toISOString()).toBe('2026-12-02T12:00:00.000Z');
    expect(december.description).toContain('mercredi 2 décembre 2026, de 10:00 à 12:00');
    expect(december.description.split('\n\n')).toHaveLength(3);
    expect(december.description).toContain('Suivi <du> plan & "risques"');
    expect(december.description).toContain(ARABIC_TITLE);
    expect(december.organizer.toLowerCase()).toBe('mailto:secretariat@example.org');
    expect(june.startDate.toJSDate().toISOString()).toBe('2026-06-10T09:00:00.000Z');
    expect(june.description).toContain('de 10:00 à 12:00');
  });

  it('node-ical reads the same events, start instants and text', () => {
    const parsed = nodeIcal.sync.parseICS(feed);
    const vevents = Object.values(parsed).filter((c) => c?.type === 'VEVENT') as VEvent[];
    expect(vevents.map((e) => e.uid)).toEqual(['dec@ogp-copil', 'jun@ogp-copil']);
    const [december, june] = vevents as [VEvent, VEvent];
    expect(december.start.toISOString()).toBe('2026-12-02T10:00:00.000Z');
    expect(june.start.toISOString()).toBe('2026-06-10T09:00:00.000Z');
    const description = String(december.description);
    expect(description).toContain('de 10:00 à 12:00');
    expect(description).toContain(ARABIC_TITLE);
    expect(description.split('\n\n')).toHaveLength(3);
    expect(String(december.summary)).toBe('Comité de pilotage — décembre 2026 & bilan');
    expect(JSON.stringify(december.organizer).toLowerCase()).toContain(
      'mailto:secretariat@example.org',
    );
  });
});

describe('the event text in the feed holder’s language (issue 3/8 item 2)', () => {
  const december = meeting({
    start: '2026-12-02T10:00:00Z',
    end: '2026-12-02T12:00:00Z',
    agenda: [{ id: 'a1', title: 'Bilan', presenter: 'Secrétariat', documentIds: [] }],
  });

  it('writes the same Morocco times in French, Arabic and English', () => {
    expect(meetingDescription(december, 'fr')).toContain(
      'de 10:00 à 12:00 (heure du Maroc, UTC+00:00)',
    );
    const arabic = meetingDescription(december, 'ar');
    expect(arabic).toContain('من 10:00 إلى 12:00 (بتوقيت المغرب، UTC+00:00)');
    expect(arabic).toContain('جدول الأعمال:\n1. Bilan — Secrétariat');
    expect(arabic).toContain('3 أيام بعد الإشعار');
    expect(meetingDescription(december, 'en')).toContain(
      '10:00 to 12:00 (Morocco time, UTC+00:00)',
    );
    expect(meetingDescription(december, 'en')).toContain('for 3 days after the notice');
  });
});
