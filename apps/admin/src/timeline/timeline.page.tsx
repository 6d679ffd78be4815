// A partnership's improvement story, newest first: registration, assessments, support and
// decisions, each told in plain words, a page at a time. A section of the partnership's page,
// whose identity bar says whose story it is.
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { useAuth } from '../auth';
import { PartnershipPageTitle } from '../partnership/partnership-page-title';
import { TimelinePageOfEntries } from './timeline-page-of-entries';

export function TimelinePage() {
  const { partnershipId = '' } = useParams();
  const { user } = useAuth();
  // Where each loaded page starts; null is the newest page.
  const [pages, setPages] = useState<readonly (string | null)[]>([null]);
  // A new partnership in the same tab starts again from its newest page.
  const [shownFor, setShownFor] = useState(partnershipId);
  if (shownFor !== partnershipId) {
    setShownFor(partnershipId);
    setPages([null]);
  }

  return (
    <>
      <PartnershipPageTitle section="Partnership timeline" />
      <h1 className="govuk-heading-l">Partnership timeline</h1>
      {user ? (
        <div className="moj-timeline">
          {pages.map((after, index) => (
            <TimelinePageOfEntries
              key={after ?? 'newest'}
              partnershipId={partnershipId}
              after={after}
              isLast={index === pages.length - 1}
              onLoadMore={(cursor) => setPages((loaded) => [...loaded, cursor])}
            />
          ))}
        </div>
      ) : (
        <p className="govuk-body">
          <Link
            className="govuk-link"
            to={`/sign-in?returnTo=${encodeURIComponent(`/partnerships/${partnershipId}/timeline`)}`}
          >
            Sign in
          </Link>{' '}
          to see this partnership’s timeline.
        </p>
      )}
    </>
  );
}
