import { useCallback, useState } from 'react';
import { useT } from '../i18n/i18n.js';

/**
 * Required fields checked before a request: once the person tried to submit, an empty
 * required field says so in the UI language (the server checks again, with its own words).
 */
export function useRequired() {
  const { t } = useT();
  const [attempted, setAttempted] = useState(false);
  /** True when every value is filled; otherwise marks the form as attempted. */
  const check = useCallback((values: string[]) => {
    const ok = values.every((value) => value.trim() !== '');
    setAttempted(!ok);
    return ok;
  }, []);
  /** A Fluent Field's validation props for one value (else `otherwise`: the server's issue). */
  const field = <T extends object>(value: string, otherwise?: T) =>
    attempted && value.trim() === ''
      ? { validationState: 'error' as const, validationMessage: t('form.required') }
      : (otherwise ?? {});
  return { check, field };
}
