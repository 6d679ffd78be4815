// The criterion a question page is about: its hallmark and place in the journey as a caption,
// the criterion itself as the page's heading.
import type { AssessedCriterion } from './framework-reading';

interface CriterionHeadingProps {
  readonly criterion: AssessedCriterion;
  readonly position: number;
  readonly total: number;
}

export function CriterionHeading({ criterion, position, total }: CriterionHeadingProps) {
  return (
    <>
      <span className="govuk-caption-l">
        Hallmark {criterion.hallmark.number}: {criterion.hallmark.title} – criterion {position} of {total}
      </span>
      <h1 className="govuk-heading-l">
        {criterion.code} {criterion.sentence}
      </h1>
    </>
  );
}
