// What every screen of one assessment does before it can show it: ask the person to sign in,
// load the assessment and its framework edition, and say plainly when it cannot be shown. The
// screen itself renders once loaded; its heading then takes focus if focus was lost on the way.
import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { useAuth, type SessionUser } from '../auth';
import { hasErrorCode, type GraphQLErrorItem } from '../graphql';
import { PageTitle } from '../govuk';
import { loadAssessment, type AssessmentWithFramework } from './assessment-loading';
import type { Assessment } from './assessment.query';
import { useFocusHeadingWhenLoaded } from './use-focus-heading-when-loaded';
import { useLoaded } from './use-loaded';

export interface LoadedAssessmentView extends AssessmentWithFramework {
  readonly user: SessionUser;
  /** Puts in place the assessment a mutation answered with. */
  readonly replaceAssessment: (assessment: Assessment) => void;
}

interface WithAssessmentProps {
  readonly partnershipId: string;
  readonly assessmentId: string;
  /** The heading while nothing can be shown yet. */
  readonly title: string;
  /** Changes when the screen shows something else, e.g. another criterion. */
  readonly focusKey: string;
  readonly children: (view: LoadedAssessmentView) => ReactNode;
}

export function WithAssessment({ partnershipId, assessmentId, title, focusKey, children }: WithAssessmentProps) {
  const { token, user } = useAuth();
  const { pathname } = useLocation();
  const { state, replace } = useLoaded(loadAssessment, { assessmentId }, token);
  useFocusHeadingWhenLoaded(state.status !== 'loading', focusKey);

  if (!user) {
    return (
      <Shell title={title}>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(pathname)}`}>
            Sign in
          </Link>{' '}
          to see this self-assessment.
        </p>
      </Shell>
    );
  }
  if (state.status === 'loading') {
    return (
      <Shell title={title}>
        <p className="govuk-body">Loading the self-assessment…</p>
      </Shell>
    );
  }
  if (state.status === 'failed') {
    return (
      <Shell title={title}>
        <p className="govuk-body">{failureMessage(state.errors)}</p>
      </Shell>
    );
  }
  // The address names the partnership too; an assessment of another one is not found here.
  if (state.data.assessment.partnershipId !== partnershipId) {
    return (
      <Shell title={title}>
        <p className="govuk-body">There is no such self-assessment for this partnership.</p>
      </Shell>
    );
  }
  return children({
    ...state.data,
    user,
    replaceAssessment: (assessment) => replace({ assessment, framework: state.data.framework }),
  });
}

function failureMessage(errors: readonly GraphQLErrorItem[]): string {
  if (errors.some((error) => error.extensions?.code === 'NOT_FOUND')) return 'There is no such self-assessment.';
  if (hasErrorCode(errors, 'FORBIDDEN')) return 'You cannot see this partnership’s self-assessment.';
  if (hasErrorCode(errors, 'UNAUTHENTICATED'))
    return 'Your sign-in has ended. Sign in again to see the self-assessment.';
  return 'Sorry, there is a problem with the service. Try again later.';
}

function Shell({ title, children }: { readonly title: string; readonly children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title={title} />
        <h1 className="govuk-heading-l">{title}</h1>
        {children}
      </div>
    </div>
  );
}
