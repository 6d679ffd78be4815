// GOV.UK back link: to the page before this one in the journey, as a real link so it works
// with the keyboard, in a new tab and without the browser's history.
import { Link } from 'react-router';

interface BackLinkProps {
  readonly to: string;
  /** "Back" unless the destination needs naming, e.g. when it is not the page the user came from. */
  readonly text?: string;
}

export function BackLink({ to, text = 'Back' }: BackLinkProps) {
  return (
    <Link to={to} className="govuk-back-link">
      {text}
    </Link>
  );
}
