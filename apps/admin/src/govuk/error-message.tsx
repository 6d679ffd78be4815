// GOV.UK error message shown on a field; the hidden prefix tells screen reader users it is an error.

interface ErrorMessageProps {
  readonly id: string;
  readonly message: string;
}

export function ErrorMessage({ id, message }: ErrorMessageProps) {
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}
