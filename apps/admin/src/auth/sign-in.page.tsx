// Development sign-in: choose one of the demo users the API offers and receive a token for them.
// Where the API does not offer it (production answers 404), the page says so and nothing more.
import { useEffect, useState, type FormEvent } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary, PageTitle, Radios, type ErrorSummaryItem, type RadioItem } from '../govuk';
import { knownRegions, regionName, useRegions, type Region } from '../regions';
import { useAuth } from './auth-context';
import { devLogin, fetchDevUsers, type DevUser } from './dev-sign-in-api';
import { landingPath } from './landing-path';
import { roleLabel } from './roles';

type UsersState =
  | { readonly status: 'loading' }
  | { readonly status: 'loaded'; readonly users: readonly DevUser[] }
  | { readonly status: 'unavailable' }
  | { readonly status: 'failed' };

const USER_FIELD_ID = 'username';

export function SignInPage() {
  const [users, setUsers] = useState<UsersState>({ status: 'loading' });
  const [problem, setProblem] = useState<ShownProblem | null>(null);
  const regions = knownRegions(useRegions());

  useEffect(() => {
    const controller = new AbortController();
    fetchDevUsers(controller.signal).then(
      (result) => {
        if (result.outcome === 'ok') setUsers({ status: 'loaded', users: result.value });
        else setUsers({ status: result.outcome === 'unavailable' ? 'unavailable' : 'failed' });
      },
      () => {
        if (!controller.signal.aborted) setUsers({ status: 'failed' });
      },
    );
    return () => controller.abort();
  }, []);

  const fail = (item: ErrorSummaryItem) => setProblem((previous) => ({ attempt: (previous?.attempt ?? 0) + 1, item }));

  // One heading for every state of the page: the heading that takes focus on arrival must not
  // be replaced when the users arrive.
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <PageTitle title="Sign in" hasErrors={problem !== null} />
        {problem && <ErrorSummary key={problem.attempt} items={[problem.item]} />}
        <h1 className="govuk-heading-l">Sign in</h1>
        {users.status === 'loaded' ? (
          <SignInForm users={users.users} regions={regions} problem={problem?.item ?? null} onProblem={fail} />
        ) : (
          <SignInStatus status={users.status} />
        )}
      </div>
    </div>
  );
}

function SignInStatus({ status }: { readonly status: 'loading' | 'unavailable' | 'failed' }) {
  switch (status) {
    case 'loading':
      return (
        <p className="govuk-body" role="status">
          Loading the demo users…
        </p>
      );
    case 'unavailable':
      return <p className="govuk-body">Development sign-in is not available on this service.</p>;
    case 'failed':
      return <p className="govuk-body">Sorry, there is a problem with the service. Try again later.</p>;
  }
}

interface ShownProblem {
  /** Increases on every failed attempt, so the error summary remounts and takes focus again. */
  readonly attempt: number;
  readonly item: ErrorSummaryItem;
}

interface SignInFormProps {
  readonly users: readonly DevUser[];
  readonly regions: readonly Region[];
  readonly problem: ErrorSummaryItem | null;
  readonly onProblem: (problem: ErrorSummaryItem) => void;
}

function SignInForm({ users, regions, problem, onProblem: fail }: SignInFormProps) {
  const { signIn } = useAuth();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const [username, setUsername] = useState('');
  const [submitting, setSubmitting] = useState(false);

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!username) {
      fail({ message: 'Select who to sign in as', targetId: USER_FIELD_ID });
      return;
    }
    if (submitting) return;
    setSubmitting(true);
    try {
      const result = await devLogin(username);
      const user = result.outcome === 'ok' ? signIn(result.value) : null;
      if (user) {
        void navigate(safeReturnPath(searchParams.get('returnTo')) ?? landingPath(user), { replace: true });
        return;
      }
      fail({
        message:
          result.outcome === 'unavailable'
            ? 'Development sign-in is not available on this service'
            : 'Sorry, you could not be signed in. Try again later',
      });
    } catch {
      fail({ message: 'Sorry, you could not be signed in. Try again later' });
    } finally {
      setSubmitting(false);
    }
  };

  const items: readonly RadioItem[] = users.map((user) => ({
    value: user.username,
    text: user.displayName,
    hint: describeUser(user, regions),
  }));
  const fieldError = problem?.targetId === USER_FIELD_ID ? problem.message : undefined;

  return (
    <>
      <div className="govuk-inset-text">
        This is the development sign-in. It lets you act as one of the demo users, without a password.
      </div>
      <form onSubmit={(event) => void onSubmit(event)} noValidate>
        <Radios
          idPrefix={USER_FIELD_ID}
          name="username"
          legend="Who do you want to sign in as?"
          legendClass="govuk-fieldset__legend--m"
          items={items}
          value={username}
          onChange={setUsername}
          error={fieldError}
        />
        <button type="submit" className="govuk-button">
          Sign in
        </button>
      </form>
    </>
  );
}

function describeUser(user: DevUser, regions: readonly Region[]): string {
  const region = regionName(regions, user.region);
  return region ? `${roleLabel(user.role)}, ${region}` : roleLabel(user.role);
}

/** Only same-site paths: `returnTo` comes from the URL and must not send anyone elsewhere. */
function safeReturnPath(returnTo: string | null): string | null {
  return returnTo && returnTo.startsWith('/') && !returnTo.startsWith('//') ? returnTo : null;
}
