import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  DialogTrigger,
  makeStyles,
  Spinner,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useRef, useState, type ReactNode } from 'react';
import { useT } from '../i18n/i18n.js';
import { ProblemMessage } from './ProblemMessage.js';

const useFormDialogStyles = makeStyles({
  surface: { maxWidth: '44rem', width: 'calc(100vw - 2rem)' },
  content: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    paddingBlock: tokens.spacingVerticalS,
  },
});

/** Runs a form's submit, keeping its error (and the form's state) until the next try. */
export function useFormSubmit(action: () => Promise<void>) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>();
  const submit = useCallback(async () => {
    setSaving(true);
    setError(undefined);
    try {
      await action();
    } catch (failure) {
      setError(failure);
    } finally {
      setSaving(false);
    }
  }, [action]);
  return { submit, saving, error };
}

export interface FormDialogProps {
  title: string;
  submitLabel: string;
  onSubmit: () => void;
  onClose: () => void;
  saving: boolean;
  error: unknown;
  /** Field paths whose issues the form shows next to the field. */
  shownAtFields?: string[];
  /** After a conflict: reload the committee (the dialog closes). */
  onReload?: () => void;
  children: ReactNode;
}

/**
 * A modal form of the secretariat. A refusal shows inside the dialog, under the fields, and
 * nothing typed is lost: the dialog only closes on success or when the person cancels.
 */
export function FormDialog(props: FormDialogProps) {
  const { title, submitLabel, onSubmit, onClose, saving, error, shownAtFields, onReload } = props;
  const { t } = useT();
  const styles = useFormDialogStyles();
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (error) problemRef.current?.scrollIntoView?.({ block: 'nearest' });
  }, [error]);
  return (
    <Dialog open modalType="modal" onOpenChange={(_, data) => !data.open && onClose()}>
      <DialogSurface className={styles.surface}>
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            if (!saving) onSubmit();
          }}
        >
          <DialogBody>
            <DialogTitle>{title}</DialogTitle>
            <DialogContent className={styles.content}>
              {props.children}
              <div ref={problemRef}>
                <ProblemMessage
                  error={error}
                  {...(shownAtFields ? { shownAtFields } : {})}
                  {...(onReload ? { onReload } : {})}
                />
              </div>
            </DialogContent>
            <DialogActions>
              <DialogTrigger disableButtonEnhancement>
                <Button appearance="secondary">{t('form.cancel')}</Button>
              </DialogTrigger>
              <Button
                type="submit"
                appearance="primary"
                disabled={saving}
                icon={saving ? <Spinner size="tiny" /> : undefined}
              >
                {saving ? t('form.saving') : submitLabel}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
