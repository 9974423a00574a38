import { Field, makeStyles, Text, tokens } from '@fluentui/react-components';
import type { DocumentRef } from '../api/client.js';
import { useT } from '../i18n/i18n.js';

const useFileFieldStyles = makeStyles({
  input: {
    padding: tokens.spacingVerticalXS,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
  },
  kept: { color: tokens.colorNeutralForeground2 },
});

export const ACCEPTED_FILES =
  '.pdf,.png,.jpg,.jpeg,.docx,.odt,application/pdf,image/png,image/jpeg,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document,' +
  'application/vnd.oasis.opendocument.text';

/** A letter already uploaded for this form: a retry sends its id instead of the file again. */
export interface Uploaded {
  file: File;
  ref: DocumentRef;
}

export interface FileFieldProps {
  label: string;
  onChange: (file: File | undefined) => void;
  uploaded?: Uploaded | undefined;
  validation?: { validationState?: 'error'; validationMessage?: string };
  required?: boolean;
}

/** A letter to upload (PDF, PNG, JPEG, DOCX, ODT); the server checks the bytes. */
export function FileField({ label, onChange, uploaded, validation, required }: FileFieldProps) {
  const { t, tUser } = useT();
  const styles = useFileFieldStyles();
  return (
    <Field label={label} hint={t('form.file')} required={required} {...validation}>
      {(fieldProps) => (
        <>
          <input
            {...fieldProps}
            type="file"
            accept={ACCEPTED_FILES}
            className={styles.input}
            onChange={(event) => onChange(event.currentTarget.files?.[0])}
          />
          {uploaded && (
            <Text size={200} className={styles.kept}>
              {tUser('form.fileKept', { name: uploaded.ref.name })}
            </Text>
          )}
        </>
      )}
    </Field>
  );
}

/** Uploads `file` unless this very file was already uploaded by an earlier try. */
export async function uploadOnce(
  file: File,
  uploaded: Uploaded | undefined,
  upload: (file: File) => Promise<DocumentRef>,
  remember: (uploaded: Uploaded) => void,
): Promise<DocumentRef> {
  if (uploaded && uploaded.file === file) return uploaded.ref;
  const ref = await upload(file);
  remember({ file, ref });
  return ref;
}
