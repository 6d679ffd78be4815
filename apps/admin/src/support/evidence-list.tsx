// The events a decision cited, each in the plain words of the partnership's timeline and linked
// to it, where the whole story around the event can be read.
import { Link } from 'react-router';
import type { QueryState } from '../graphql';
import { citedEvidence, evidenceLabel, unknownEvidenceLabel, type EvidenceEntry } from './evidence';
import { timelinePath } from './support-paths';

interface EvidenceListProps {
  readonly partnershipId: string;
  readonly eventIds: readonly string[];
  readonly entries: QueryState<readonly EvidenceEntry[]>;
}

export function EvidenceList({ partnershipId, eventIds, entries }: EvidenceListProps) {
  if (eventIds.length === 0) return <>None cited</>;
  const known = entries.status === 'loaded' ? entries.data : [];
  return (
    <ul className="govuk-list govuk-list--bullet">
      {citedEvidence(eventIds, known).map(({ eventId, entry }) => (
        <li key={eventId}>
          <Link className="govuk-link" to={timelinePath(partnershipId)}>
            {entry ? evidenceLabel(entry) : unknownEvidenceLabel(eventId)}
          </Link>
        </li>
      ))}
    </ul>
  );
}
