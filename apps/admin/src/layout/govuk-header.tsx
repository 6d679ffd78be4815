// The GOV.UK header: the crown and GOV.UK logotype, linking to GOV.UK as the design system asks.
import { CrownShapes, GovukWordmark } from './crown';

export function GovukHeader() {
  return (
    <div className="govuk-header">
      <div className="govuk-header__container govuk-width-container">
        <div className="govuk-header__logo">
          <a href="https://www.gov.uk/" className="govuk-header__homepage-link">
            <svg
              focusable="false"
              role="img"
              xmlns="http://www.w3.org/2000/svg"
              viewBox="0 0 324 60"
              height="30"
              width="162"
              fill="currentcolor"
              className="govuk-header__logotype"
              aria-label="GOV.UK"
            >
              <title>GOV.UK</title>
              <CrownShapes />
              <GovukWordmark />
            </svg>
          </a>
        </div>
      </div>
    </div>
  );
}
