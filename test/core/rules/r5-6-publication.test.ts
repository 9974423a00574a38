import { describe, it, expect } from 'vitest';
import { ZodError } from 'zod';
import { checkPublishable } from '../../../core/rules/r5-6-publication.js';
import { formatDayLong } from '../../../core/time.js';

describe('R5.6 agenda, minutes and participants published after the amendment window', () => {
  it('refuses publication before the minutes are shared', () => {
    const verdict = checkPublishable({ today: '2026-03-30' });
    expect(verdict.ok).toBe(false);
    expect(!verdict.ok && verdict.rule).toBe('R5.6');
    expect(!verdict.ok && verdict.details?.reason).toBe('not-shared');
  });

  it('refuses publication on the last day of the amendment window, giving the day it opens', () => {
    // Shared Thursday 19 March 2026: Eid on Fri 20 → amendments until Tue 24, publishable Wed 25.
    const verdict = checkPublishable({ sharedDay: '2026-03-19', today: '2026-03-24' });
    expect(verdict.ok).toBe(false);
    if (verdict.ok) return;
    expect(verdict.details).toMatchObject({
      reason: 'amendment-window-open',
      amendmentDeadline: '2026-03-24',
      opensOn: '2026-03-25',
    });
    expect(verdict.message.fr).toContain(formatDayLong('2026-03-25').fr);
    expect(verdict.message.en).toContain('national portal');
    expect(verdict.message.ar).toContain('المادة 5');
  });

  it('allows publication once the amendment window has ended', () => {
    expect(checkPublishable({ sharedDay: '2026-03-19', today: '2026-03-25' }).ok).toBe(true);
  });

  it('follows a confirmed Eid date', () => {
    const confirmed = [{ key: 'eid_al_fitr', date: '2026-03-21' }];
    expect(checkPublishable({ sharedDay: '2026-03-19', today: '2026-03-24', confirmed }).ok).toBe(
      true,
    );
  });

  it('refuses malformed input with a zod error', () => {
    expect(() => checkPublishable({ sharedDay: '2026-03-19', today: 'today' })).toThrow(ZodError);
  });
});
