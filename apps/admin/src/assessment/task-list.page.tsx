// A partnership's self-assessment as a task list: its current assessment by hallmark, each
// criterion with its status; or, when none is open, starting one for a financial year.
import type { ReactNode } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { useAuth } from '../auth';
import { hasErrorCode } from '../graphql';
import { PageTitle } from '../govuk';
import { taskListPath } from './assessment-paths';
import { loadTaskList } from './assessment-loading';
import { readOutcome } from './assessment-outcome';
import { TaskListContent } from './task-list-content';
import { useFocusHeadingWhenLoaded } from './use-focus-heading-when-loaded';
import { useLoaded } from './use-loaded';

export function AssessmentTaskListPage() {
  const { partnershipId = '' } = useParams();
  const location = useLocation();
  const { token, user } = useAuth();
  // Each arrival reads afresh, so the list shows what was just saved, submitted or moderated.
  const { state } = useLoaded(loadTaskList, { partnershipId, visit: location.key }, token);
  useFocusHeadingWhenLoaded(state.status !== 'loading', partnershipId);

  if (!user) {
    return (
      <Shell>
        <p className="govuk-body">
          <Link className="govuk-link" to={`/sign-in?returnTo=${encodeURIComponent(taskListPath(partnershipId))}`}>
            Sign in
          </Link>{' '}
          to see this partnership’s self-assessment.
        </p>
      </Shell>
    );
  }
  if (state.status === 'loading') {
    return (
      <Shell>
        <p className="govuk-body">Loading the self-assessment…</p>
      </Shell>
    );
  }
  if (state.status === 'failed') {
    return (
      <Shell>
        <p className="govuk-body">
          {hasErrorCode(state.errors, 'FORBIDDEN') ||
          state.errors.some((error) => error.extensions?.code === 'NOT_FOUND')
            ? 'You cannot see this partnership’s self-assessment.'
            : hasErrorCode(state.errors, 'UNAUTHENTICATED')
              ? 'Your sign-in has ended. Sign in again to see the self-assessment.'
              : 'Sorry, there is a problem with the service. Try again later.'}
        </p>
      </Shell>
    );
  }
  return <TaskListContent data={state.data} user={user} outcome={readOutcome(location.state)} />;
}

function Shell({ children }: { readonly children: ReactNode }) {
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Self-assessment" />
        <h1 className="govuk-heading-l">Self-assessment</h1>
        {children}
      </div>
    </div>
  );
}
