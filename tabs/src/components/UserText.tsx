import type { ReactNode } from 'react';

/**
 * Text a person typed (a name, a title, an agenda item, a reason…), shown with `dir="auto"`:
 * its direction comes from its own first strong character, and it is isolated from the
 * sentence around it, so French inside an Arabic page (or Arabic inside a French one) keeps
 * its punctuation where it was written (issue 10, item 4).
 */
export function UserText(props: { children: ReactNode; className?: string }) {
  return (
    <span dir="auto" data-user-text="" className={props.className}>
      {props.children}
    </span>
  );
}
