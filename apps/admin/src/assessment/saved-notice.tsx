// Says that the last answer was saved, in a GOV.UK success banner inside a status region: read
// out politely when it appears, without taking focus from the page's heading, which the person
// is moving on to.
import { savedMessage, type SavedAnswer } from './saved-answer';

export function SavedNotice({ saved }: { readonly saved: SavedAnswer | null }) {
  return (
    <div role="status">
      {saved && (
        <div className="govuk-notification-banner govuk-notification-banner--success">
          <div className="govuk-notification-banner__header">
            <p className="govuk-notification-banner__title">Saved</p>
          </div>
          <div className="govuk-notification-banner__content">
            <p className="govuk-notification-banner__heading">{savedMessage(saved)}</p>
          </div>
        </div>
      )}
    </div>
  );
}
