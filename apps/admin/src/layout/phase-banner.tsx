// GOV.UK phase banner: the service is in beta.

export function PhaseBanner() {
  return (
    <div className="govuk-phase-banner">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">Beta</strong>
        <span className="govuk-phase-banner__text">
          This is a new service. It is being tested with regional support coordinators and partnerships.
        </span>
      </p>
    </div>
  );
}
