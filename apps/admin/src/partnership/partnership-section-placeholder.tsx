// Stands in for the sections of the partnership page whose screens live elsewhere (the assessment
// and support screens): the routes and the sub navigation are in place, and this says plainly
// that there is nothing to see here yet. app.tsx swaps it for the real page.
import { PartnershipPageTitle } from './partnership-page-title';

export type PlaceholderSection = 'Assessment' | 'Support';

const WHAT_WILL_BE_HERE: Readonly<Record<PlaceholderSection, string>> = {
  Assessment: 'The partnership’s self-assessment, criterion by criterion, and its moderation will be shown here.',
  Support: 'The support the partnership has asked for or been offered, and what was decided, will be shown here.',
};

export function PartnershipSectionPlaceholder({ section }: { readonly section: PlaceholderSection }) {
  return (
    <>
      <PartnershipPageTitle section={section} />
      <h1 className="govuk-heading-l">{section}</h1>
      <div className="govuk-inset-text">
        <p className="govuk-body">{WHAT_WILL_BE_HERE[section]}</p>
        <p className="govuk-body">This section is not available yet.</p>
      </div>
    </>
  );
}
