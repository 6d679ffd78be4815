// A link styled as a GOV.UK button, for a call to action that moves to another page. Like
// GOV.UK Frontend's script for role="button" links, the space bar follows it too.
import type { KeyboardEvent } from 'react';
import { Link } from 'react-router';

interface ButtonLinkProps {
  readonly to: string;
  readonly children: string;
  readonly secondary?: boolean;
}

export function ButtonLink({ to, children, secondary = false }: ButtonLinkProps) {
  const onKeyDown = (event: KeyboardEvent<HTMLAnchorElement>) => {
    if (event.key !== ' ') return;
    event.preventDefault();
    event.currentTarget.click();
  };
  return (
    <Link
      to={to}
      role="button"
      draggable={false}
      className={`govuk-button${secondary ? ' govuk-button--secondary' : ''}`}
      onKeyDown={onKeyDown}
    >
      {children}
    </Link>
  );
}
