// One page of timeline entries in MOJ timeline markup. Pages after the first are fetched when
// "Load more" is pressed; focus then moves to the first new entry, so keyboard and screen reader
// users carry on reading where the list grew rather than at a button that has gone.
import { useEffect, useRef } from 'react';
import { useAuth } from '../auth';
import { useGraphQLQuery } from '../graphql';
import { timelineDate } from './timeline-dates';
import { TIMELINE_QUERY, type TimelineData, type TimelineVariables } from './timeline.query';

export const TIMELINE_PAGE_SIZE = 20;

interface TimelinePageOfEntriesProps {
  readonly partnershipId: string;
  readonly after: string | null;
  /** Whether this is the newest page loaded, which offers "Load more". */
  readonly isLast: boolean;
  readonly onLoadMore: (cursor: string) => void;
}

export function TimelinePageOfEntries({ partnershipId, after, isLast, onLoadMore }: TimelinePageOfEntriesProps) {
  const { token } = useAuth();
  const variables: TimelineVariables = { partnershipId, first: TIMELINE_PAGE_SIZE, ...(after ? { after } : {}) };
  const result = useGraphQLQuery<TimelineData, TimelineVariables>(TIMELINE_QUERY, variables, token);
  const firstTitle = useRef<HTMLHeadingElement>(null);
  const loaded = result.status === 'loaded';

  useEffect(() => {
    if (loaded && after) firstTitle.current?.focus();
  }, [loaded, after]);

  if (result.status === 'loading') {
    return <p className="govuk-body">Loading the timeline…</p>;
  }
  if (result.status === 'failed') {
    return (
      <p className="govuk-body">
        {result.errors.some((error) => error.extensions?.code === 'FORBIDDEN' || error.extensions?.code === 'NOT_FOUND')
          ? 'You cannot see this partnership’s timeline.'
          : 'Sorry, there is a problem with the service. Try again later.'}
      </p>
    );
  }

  const { edges, pageInfo } = result.data.timeline;
  if (edges.length === 0 && !after) return <p className="govuk-body">Nothing has happened yet.</p>;

  return (
    <>
      {edges.map(({ node }, index) => (
        <div className="moj-timeline__item" key={node.eventId}>
          <div className="moj-timeline__header">
            <h2 className="moj-timeline__title" ref={index === 0 ? firstTitle : undefined} tabIndex={-1}>
              {node.title}
            </h2>
            <p className="moj-timeline__byline">by {node.actor}</p>
          </div>
          <p className="moj-timeline__date">
            <time dateTime={node.occurredAt}>{timelineDate(node.occurredAt)}</time>
          </p>
          <div className="moj-timeline__description">
            <p className="govuk-body">{node.description}</p>
            {node.reason && <p className="govuk-body">Reason: {node.reason}</p>}
          </div>
        </div>
      ))}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor && (
        <button
          type="button"
          className="govuk-button govuk-button--secondary"
          onClick={() => onLoadMore(pageInfo.endCursor as string)}
        >
          Load more<span className="govuk-visually-hidden"> timeline entries</span>
        </button>
      )}
    </>
  );
}
