// The frame every support screen shares: the page title ("Error: " while a form shows problems),
// a back link, the error summary or success banner above the heading, the partnership's name as
// the caption and one heading for every state of the page (the heading that takes focus on
// arrival must not be replaced when the data arrives).
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { hasErrorCode, type GraphQLErrorItem } from '../graphql';
import { PageTitle } from '../govuk';
import { signInPath } from './support-paths';

interface SupportFrameProps {
  readonly title: string;
  /** The partnership's name, once known. */
  readonly caption?: string | null;
  readonly hasErrors?: boolean;
  /** The error summary or success banner, shown above the heading. */
  readonly notice?: ReactNode;
  readonly back?: { readonly to: string; readonly text: string } | null;
  /** Lists and tables take the full width; forms two thirds, so lines stay readable. */
  readonly wide?: boolean;
  readonly children: ReactNode;
}

export function SupportFrame({
  title,
  caption,
  hasErrors = false,
  notice,
  back,
  wide = false,
  children,
}: SupportFrameProps) {
  return (
    <>
      <PageTitle title={title} hasErrors={hasErrors} />
      {back && (
        <Link className="govuk-back-link" to={back.to}>
          {back.text}
        </Link>
      )}
      <div className="govuk-grid-row">
        <div className={wide ? 'govuk-grid-column-full' : 'govuk-grid-column-two-thirds'}>
          {notice}
          <span className="govuk-caption-l">{caption ?? ''}</span>
          <h1 className="govuk-heading-l">{title}</h1>
          {children}
        </div>
      </div>
    </>
  );
}

export function SignInPrompt({ returnTo, what }: { readonly returnTo: string; readonly what: string }) {
  return (
    <p className="govuk-body">
      <Link className="govuk-link" to={signInPath(returnTo)}>
        Sign in
      </Link>{' '}
      to {what}.
    </p>
  );
}

export function Loading({ what }: { readonly what: string }) {
  return <p className="govuk-body">Loading {what}…</p>;
}

/** Why the screen could not be shown, in words that do not reveal what the person may not see. */
export function LoadFailure({ errors }: { readonly errors: readonly GraphQLErrorItem[] }) {
  return (
    <p className="govuk-body">
      {hasErrorCode(errors, 'UNAUTHENTICATED')
        ? 'Your sign-in has ended. Sign in again to see this partnership’s support.'
        : hasErrorCode(errors, 'FORBIDDEN') || errors.some((error) => error.extensions?.code === 'NOT_FOUND')
          ? 'You cannot see this partnership’s support.'
          : 'Sorry, there is a problem with the service. Try again later.'}
    </p>
  );
}
