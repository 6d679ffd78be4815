// The form a member of the national team fills in to register a partnership. Missing answers
// are caught before sending; everything else (which types a region has, duplicates) is the
// server's to decide, and its answer is shown on the same form.
import { useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useAuth } from '../auth';
import { graphqlRequest, newCommandId } from '../graphql';
import {
  ErrorSummary,
  PageTitle,
  Radios,
  Select,
  SuccessBanner,
  TextInput,
  type RadioItem,
  type SelectOption,
} from '../govuk';
import { useRegions } from '../regions';
import { listSearch } from './partnership-list-location';
import { PARTNERSHIP_TYPES, PARTNERSHIP_TYPE_DESCRIPTIONS } from './partnership-type';
import {
  REGISTER_PARTNERSHIP_MUTATION,
  type RegisterPartnershipData,
  type RegisterPartnershipVariables,
} from './register-partnership.mutation';
import { problemsFromGraphQLErrors, UNEXPECTED_PROBLEM } from './registration-errors';
import {
  checkRequiredAnswers,
  EMPTY_REGISTRATION,
  FIELD_IDS,
  summaryItems,
  toRegisterInput,
  type FormProblems,
  type RegistrationValues,
} from './registration-form';

const TYPE_ITEMS: readonly RadioItem[] = PARTNERSHIP_TYPES.map((type) => ({
  value: type,
  text: type,
  hint: `${PARTNERSHIP_TYPE_DESCRIPTIONS[type].name}, in ${PARTNERSHIP_TYPE_DESCRIPTIONS[type].country}`,
}));

interface Registered {
  readonly id: string;
  readonly name: string;
  readonly regionCode: string;
  readonly regionName: string;
}

interface ShownProblems extends FormProblems {
  /** Increases on every failed attempt, so the error summary remounts and takes focus again. */
  readonly attempt: number;
}

export function RegisterPartnershipForm() {
  const { token } = useAuth();
  const regionsState = useRegions();
  const [values, setValues] = useState<RegistrationValues>(EMPTY_REGISTRATION);
  const [problems, setProblems] = useState<ShownProblems | null>(null);
  const [registered, setRegistered] = useState<Registered | null>(null);
  const [submitting, setSubmitting] = useState(false);
  // The command whose outcome is unknown (the request failed in transit). Sending the same
  // answers again reuses its id, so the API registers the partnership at most once.
  const unsettledCommand = useRef<{ readonly answers: string; readonly id: string } | null>(null);

  const set = (field: keyof RegistrationValues) => (value: string) =>
    setValues((current) => ({ ...current, [field]: value }));
  const show = (found: FormProblems) => {
    setRegistered(null);
    setProblems((previous) => ({ ...found, attempt: (previous?.attempt ?? 0) + 1 }));
  };

  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    const missing = checkRequiredAnswers(values);
    if (missing) {
      show(missing);
      return;
    }
    setSubmitting(true);
    const answers = JSON.stringify(values);
    const commandId = unsettledCommand.current?.answers === answers ? unsettledCommand.current.id : newCommandId();
    try {
      const result = await graphqlRequest<RegisterPartnershipData, RegisterPartnershipVariables>(
        REGISTER_PARTNERSHIP_MUTATION,
        { input: toRegisterInput(values, commandId) },
        { token },
      );
      unsettledCommand.current = null;
      if (result.ok) {
        const partnership = result.data.registerPartnership;
        setRegistered({
          id: partnership.id,
          name: partnership.name,
          regionCode: partnership.region.code,
          regionName: partnership.region.name,
        });
        setProblems(null);
        setValues(EMPTY_REGISTRATION);
      } else {
        show(problemsFromGraphQLErrors(result.errors));
      }
    } catch {
      unsettledCommand.current = { answers, id: commandId };
      show({ fieldErrors: {}, general: [UNEXPECTED_PROBLEM] });
    } finally {
      setSubmitting(false);
    }
  };

  const regionOptions: readonly SelectOption[] = [
    { value: '', text: 'Choose a region' },
    ...(regionsState.status === 'loaded'
      ? regionsState.regions.map((region) => ({ value: region.code, text: region.name }))
      : []),
  ];
  const errors = problems?.fieldErrors ?? {};

  return (
    <>
      <PageTitle title="Register a partnership" hasErrors={problems !== null} />
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          {problems && <ErrorSummary key={problems.attempt} items={summaryItems(problems)} />}
          {registered && (
            // Keyed so that each registration's banner is new, and takes focus again.
            <SuccessBanner key={registered.id} heading={`${registered.name} registered`}>
              <p className="govuk-body">
                <Link
                  className="govuk-notification-banner__link"
                  to={{ pathname: '/', search: listSearch({ region: registered.regionCode, type: null }) }}
                >
                  View partnerships in {registered.regionName}
                </Link>
              </p>
            </SuccessBanner>
          )}
          <h1 className="govuk-heading-l">Register a partnership</h1>
          <form onSubmit={(event) => void onSubmit(event)} noValidate>
            <TextInput
              id={FIELD_IDS.name}
              name="name"
              label="Name"
              value={values.name}
              onChange={set('name')}
              error={errors.name}
              autoComplete="off"
              spellCheck={false}
            />
            <Radios
              idPrefix={FIELD_IDS.type}
              name="type"
              legend="Type"
              items={TYPE_ITEMS}
              value={values.type}
              onChange={set('type')}
              error={errors.type}
            />
            <Select
              id={FIELD_IDS.region}
              name="region"
              label="Region"
              options={regionOptions}
              value={values.region}
              onChange={set('region')}
              error={
                errors.region ??
                (regionsState.status === 'failed' ? 'The regions could not be loaded. Try again later' : undefined)
              }
            />
            <TextInput
              id={FIELD_IDS.county}
              name="county"
              label="County (optional)"
              hint="Only for a district in a two-tier area"
              value={values.county}
              onChange={set('county')}
              error={errors.county}
              widthClass="govuk-!-width-two-thirds"
            />
            <button type="submit" className="govuk-button">
              Register partnership
            </button>
          </form>
        </div>
      </div>
    </>
  );
}
