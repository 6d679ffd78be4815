// GOV.UK skip link: the first thing a keyboard user reaches, jumping past the header.
import type { MouseEvent } from 'react';

export function SkipLink() {
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    // Focus the main element itself, so the next Tab continues from the content and the
    // router never sees a hash change.
    const main = document.getElementById('main-content');
    if (!main) return;
    event.preventDefault();
    main.focus();
  };
  return (
    <a href="#main-content" className="govuk-skip-link" onClick={onClick}>
      Skip to main content
    </a>
  );
}
