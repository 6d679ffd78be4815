// MOJ identity bar: says whose page this is (a partnership, here) above its sub navigation, on
// every section of it, with the facts that tell it apart and its status as tags.
import type { ReactNode } from 'react';

interface MojIdentityBarProps {
  /** Names the bar as a region, e.g. "Partnership". */
  readonly label: string;
  readonly title: ReactNode;
  /** Details after the title: a list of facts, status tags. */
  readonly children?: ReactNode;
}

export function MojIdentityBar({ label, title, children }: MojIdentityBarProps) {
  return (
    <section className="moj-identity-bar" aria-label={label}>
      <div className="moj-identity-bar__container">
        <div className="moj-identity-bar__details">
          <p className="moj-identity-bar__title">{title}</p>
          {children}
        </div>
      </div>
    </section>
  );
}
