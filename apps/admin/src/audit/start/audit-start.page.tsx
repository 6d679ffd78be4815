// The audit's start page: find a partnership by name, then audit it. The search is a GET-style
// form whose words go into the address (?name=), so results can be linked to and Back works.
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useAuth } from '../../auth';
import { PageTitle, TextInput } from '../../govuk';
import { AUDIT_PATH } from '../audit-access';
import { partnershipAuditPath } from '../audit-sections';
import { matchingPartnerships } from './partnership-search';
import { usePartnershipNames } from './use-partnership-names';

export function AuditStartPage() {
  const [searchParams] = useSearchParams();
  const navigate = useNavigate();
  const asked = searchParams.get('name') ?? '';
  const [typed, setTyped] = useState(asked);
  const names = usePartnershipNames();
  const { user } = useAuth();

  // A search from the address (a link, or Back) shows in the field too.
  const [shownFor, setShownFor] = useState(asked);
  if (shownFor !== asked) {
    setShownFor(asked);
    setTyped(asked);
  }

  const search = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const name = typed.trim();
    void navigate({ pathname: AUDIT_PATH, search: name ? `?${new URLSearchParams({ name }).toString()}` : '' });
  };

  const matches = names.status === 'loaded' ? matchingPartnerships(names.partnerships, asked) : [];

  return (
    <>
      <PageTitle title="Audit" />
      <h1 className="govuk-heading-l">Audit</h1>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <p className="govuk-body">
            Inspect every event of a partnership’s history, replay it to see the partnership at any event, compare two
            of its assessments, verify that nothing was altered, and export its audit trail.
          </p>
          {user?.role === 'AUDITOR' && (
            <div className="govuk-inset-text">
              As an auditor, what you look at here is itself recorded in the platform’s history.
            </div>
          )}
          <form noValidate onSubmit={search} role="search" aria-label="Partnerships">
            <TextInput
              id="partnership-name"
              name="name"
              label="Partnership name"
              hint="All or part of the name, for example Allerdale"
              value={typed}
              onChange={setTyped}
              widthClass="govuk-!-width-two-thirds"
              autoComplete="off"
              spellCheck={false}
            />
            <button type="submit" className="govuk-button">
              Search
            </button>
          </form>

          <div role="status">
            {names.status === 'loading' && asked && <p className="govuk-body">Searching…</p>}
            {names.status === 'loaded' && asked && (
              <h2 className="govuk-heading-m">
                {matches.length === 0
                  ? `No partnerships match “${asked}”`
                  : `${matches.length} ${matches.length === 1 ? 'partnership matches' : 'partnerships match'} “${asked}”`}
              </h2>
            )}
          </div>
          {names.status === 'failed' && (
            <p className="govuk-body">Sorry, the partnerships could not be listed. Try again later.</p>
          )}
          {matches.length > 0 && (
            <ul className="govuk-list govuk-list--spaced">
              {matches.map((partnership) => (
                <li key={partnership.id}>
                  <Link className="govuk-link" to={partnershipAuditPath(partnership.id)}>
                    {partnership.name}
                  </Link>
                  <br />
                  <span className="govuk-hint govuk-!-margin-bottom-0">
                    {partnership.type}, {partnership.region.name}
                  </span>
                </li>
              ))}
            </ul>
          )}
          {names.status === 'loaded' && asked && matches.length === 0 && (
            <p className="govuk-body">Check the spelling, or search for part of the name.</p>
          )}
        </div>
      </div>
    </>
  );
}
