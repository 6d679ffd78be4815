// How the screens name and order the framework's criteria for one assessment: the criteria it
// applies to, grouped by hallmark, each with its short code ("3.4") and its text as a sentence.
import type { Assessment, Criterion, Framework, Hallmark, ScaleLevel } from './assessment.query';

export interface AssessedCriterion {
  readonly id: string;
  /** Hallmark number and criterion number, as the framework document numbers them: "3.4". */
  readonly code: string;
  /** The criterion completes the hallmark's lead-in; on its own it starts with a capital. */
  readonly sentence: string;
  readonly hallmark: Hallmark;
  readonly criterion: Criterion;
}

export interface HallmarkSection {
  readonly hallmark: Hallmark;
  /** The hallmark's criteria that apply to the assessed partnership, in framework order. */
  readonly criteria: readonly AssessedCriterion[];
  /** The hallmark's criteria that do not apply to it (for example England only, in Wales). */
  readonly notApplicable: readonly AssessedCriterion[];
}

export function describeCriterion(hallmark: Hallmark, criterion: Criterion): AssessedCriterion {
  return {
    id: criterion.id,
    code: `${hallmark.number}.${criterion.number}`,
    sentence: criterion.text.charAt(0).toUpperCase() + criterion.text.slice(1),
    hallmark,
    criterion,
  };
}

export function hallmarkSections(framework: Framework, assessment: Pick<Assessment, 'applicableCriteria'>) {
  const applicable = new Set(assessment.applicableCriteria);
  return framework.hallmarks.map((hallmark): HallmarkSection => {
    const described = hallmark.criteria.map((criterion) => describeCriterion(hallmark, criterion));
    return {
      hallmark,
      criteria: described.filter((criterion) => applicable.has(criterion.id)),
      notApplicable: described.filter((criterion) => !applicable.has(criterion.id)),
    };
  });
}

/** The applicable criteria in the order a partnership works through them. */
export function assessedCriteria(
  framework: Framework,
  assessment: Pick<Assessment, 'applicableCriteria'>,
): readonly AssessedCriterion[] {
  return hallmarkSections(framework, assessment).flatMap((section) => section.criteria);
}

/** The criterion and its neighbours in the journey; null when it is not one the assessment applies. */
export function criterionInJourney(
  framework: Framework,
  assessment: Pick<Assessment, 'applicableCriteria'>,
  criterionId: string,
): {
  readonly current: AssessedCriterion;
  readonly previous: AssessedCriterion | null;
  readonly next: AssessedCriterion | null;
  readonly position: number;
  readonly total: number;
} | null {
  const criteria = assessedCriteria(framework, assessment);
  const index = criteria.findIndex((criterion) => criterion.id === criterionId);
  const current = criteria[index];
  if (!current) return null;
  return {
    current,
    previous: criteria[index - 1] ?? null,
    next: criteria[index + 1] ?? null,
    position: index + 1,
    total: criteria.length,
  };
}

/** "3 – Established", or the bare number for a level the edition does not have. */
export function levelName(scale: readonly ScaleLevel[], level: number): string {
  const found = scale.find((candidate) => candidate.level === level);
  return found ? `${found.level} – ${found.label}` : String(level);
}

/** Cuts a long criterion down for a one-line mention, at a word, with an ellipsis. */
export function shortened(text: string, maxLength = 60): string {
  if (text.length <= maxLength) return text;
  const cut = text.slice(0, maxLength);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > 0 ? cut.slice(0, lastSpace) : cut).replace(/[,;:.]$/, '')}…`;
}
