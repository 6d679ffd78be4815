// How a change between two assessments is shown: a GOV.UK tag whose words say it all (the colour
// only repeats them), green for a gain, red for a loss, grey where nothing moved or nothing can
// be compared because one side was not scored.

export interface ChangeTag {
  readonly text: string;
  /** A GOV.UK tag colour modifier. */
  readonly colour: 'govuk-tag--green' | 'govuk-tag--red' | 'govuk-tag--grey';
}

/** A criterion's score from one assessment to the other. */
export function criterionChangeTag(before: number | null, after: number | null): ChangeTag {
  if (before === null && after === null) return { text: 'Not scored in either', colour: 'govuk-tag--grey' };
  if (before === null) return { text: 'Not scored before', colour: 'govuk-tag--grey' };
  if (after === null) return { text: 'Not scored after', colour: 'govuk-tag--grey' };
  const change = after - before;
  if (change > 0) return { text: `Gain ${signed(change)}`, colour: 'govuk-tag--green' };
  if (change < 0) return { text: `Loss ${signed(change)}`, colour: 'govuk-tag--red' };
  return { text: 'No change', colour: 'govuk-tag--grey' };
}

/** A hallmark's level (its average rounded to the scale) from one assessment to the other. */
export function levelChangeTag(levelBefore: number | null, levelAfter: number | null): ChangeTag {
  if (levelBefore === null || levelAfter === null) return { text: 'Cannot compare', colour: 'govuk-tag--grey' };
  if (levelAfter > levelBefore) return { text: 'Level up', colour: 'govuk-tag--green' };
  if (levelAfter < levelBefore) return { text: 'Level down', colour: 'govuk-tag--red' };
  return { text: 'Same level', colour: 'govuk-tag--grey' };
}

/** "+1", "−0.67" (a true minus sign, which screen readers say as "minus"), "0". */
export function signed(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded > 0) return `+${rounded}`;
  if (rounded < 0) return `−${Math.abs(rounded)}`;
  return '0';
}

/** A score or average with its scale label: "Developing (2)", "2.57 (Established)". */
export function scoreWithLabel(score: number | null, labels: ReadonlyMap<number, string>): string {
  if (score === null) return 'Not scored';
  const rounded = Math.round(score);
  const label = labels.get(rounded);
  if (Number.isInteger(score)) return label ? `${label} (${score})` : String(score);
  return label ? `${score} (${label})` : String(score);
}
