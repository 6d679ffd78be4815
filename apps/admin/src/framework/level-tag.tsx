// A level of the framework's scale as a GOV.UK tag, coloured by level so a table of them can be
// scanned; the label says the level in words too, so colour is never the only cue.

export const LEVEL_TAG_CLASSES: Readonly<Record<number, string>> = {
  1: 'govuk-tag--red',
  2: 'govuk-tag--orange',
  3: 'govuk-tag--blue',
  4: 'govuk-tag--green',
};

interface LevelTagProps {
  readonly level: number;
  /** The scale's label for the level, e.g. "Developing"; "Level n" when unknown. */
  readonly label: string | null | undefined;
}

export function LevelTag({ level, label }: LevelTagProps) {
  const colour = LEVEL_TAG_CLASSES[level] ?? '';
  return <strong className={`govuk-tag ${colour}`.trim()}>{label ?? `Level ${level}`}</strong>;
}
