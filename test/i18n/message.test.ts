import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { isMessage, message } from '../../core/i18n/message.js';
import { invalid } from '../../core/usecases/outcome.js';

describe('core returns catalog keys with parameters (issue 3/8 item 1)', () => {
  it('renders a message only in the language read, from the shared catalog', () => {
    const m = message('input.tooBig', { maximum: '120' });
    expect(m.key).toBe('input.tooBig');
    expect(m.params).toEqual({ maximum: '120' });
    expect(m.fr).toBe('trop long ou trop grand (maximum 120)');
    expect(m.ar).toBe('طويل أو كبير جدا (الحد الأقصى 120)');
    // It compares, spreads and serialises as the three texts it stands for.
    expect({ ...m }).toEqual({
      fr: 'trop long ou trop grand (maximum 120)',
      ar: 'طويل أو كبير جدا (الحد الأقصى 120)',
      en: 'too long or too large (maximum 120)',
    });
    expect(JSON.parse(JSON.stringify(m))).toEqual({ ...m });
    expect(isMessage(m)).toBe(true);
    expect(isMessage({ fr: 'a', ar: 'b', en: 'c' })).toBe(false);
  });

  it('names each bad field with each language’s own punctuation', () => {
    const schema = z.object({ title: z.string().max(3), start: z.string() }).strict();
    const parsed = schema.safeParse({ title: 'Trop long', extra: 1 });
    if (parsed.success) throw new Error('expected a failure');
    const refusal = invalid(parsed.error);
    expect(refusal.message.fr).toBe(
      'Données invalides — title : trop long ou trop grand (maximum 3) ; start : obligatoire ; (body) : champ non admis : extra',
    );
    expect(refusal.message.ar).toBe(
      'بيانات غير صالحة — title: طويل أو كبير جدا (الحد الأقصى 3)؛ start: إلزامي؛ (body): حقل غير مقبول: extra',
    );
    expect(refusal.message.en).toContain(
      'Invalid data — title: too long or too large (maximum 3); ',
    );
    expect(isMessage(refusal.message) && refusal.message.key).toBe('input.invalid');
  });
});
