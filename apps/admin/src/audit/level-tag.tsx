// A level of the framework's scale as a GOV.UK tag, coloured as on the overview (red for "Not yet
// in place" up to green for "Excelling"); the label says it in words, so colour is never alone.

const LEVEL_COLOURS: Readonly<Record<number, string>> = {
  1: 'govuk-tag--red',
  2: 'govuk-tag--orange',
  3: 'govuk-tag--blue',
  4: 'govuk-tag--green',
};

export function LevelTag({ level, label }: { readonly level: number | null; readonly label: string | undefined }) {
  if (level === null) return <strong className="govuk-tag govuk-tag--grey">Not assessed</strong>;
  return (
    <strong className={`govuk-tag ${LEVEL_COLOURS[level] ?? 'govuk-tag--grey'}`}>{label ?? `Level ${level}`}</strong>
  );
}
