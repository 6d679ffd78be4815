/**
 * What the graphql benchmark asks: the coordinator's overview with the fields the admin app's
 * overview page selects, a partnership as of an instant with every field of its view, and a
 * trivial query beside them that goes through the same HTTP, authentication and GraphQL layers
 * and touches no data. Each comes with the check that its answer is the one expected.
 */
import { sameAnswerCheck } from './same-answer-check';

export interface BenchQuery {
  readonly name: string;
  readonly query: string;
  readonly variables: Record<string, unknown>;
  /** True when `data` (never null here: no GraphQL errors) is the answer expected. */
  readonly expect: (data: Record<string, unknown>) => boolean;
}

export const TRIVIAL: BenchQuery = {
  name: 'trivial',
  query: 'query Trivial { __typename }',
  variables: {},
  expect: (data) => data['__typename'] === 'Query',
};

export function regionOverview(region: string): BenchQuery {
  return {
    name: 'regionOverview',
    query: `query RegionOverview($region: String!) {
      overview: regionOverview(region: $region) {
        region asOf
        partnerships {
          partnershipId name type region
          hallmarks { hallmarkId period average level label trend }
          cycle { period status }
          overdue returned priority openSupport
        }
      }
    }`,
    variables: { region },
    expect: (data) => {
      const overview = data['overview'] as { region?: string; partnerships?: unknown[] } | null;
      return overview?.region === region && (overview.partnerships?.length ?? 0) > 0;
    },
  };
}

const SCORES =
  'assessmentId period status frameworkVersion hallmarks { hallmarkId selfAverage average level } criteria { criterionId hallmarkId selfScore effectiveScore }';

export function partnershipAsOf(id: string, asOf: string): BenchQuery {
  return {
    name: 'partnership',
    query: `query Partnership($id: ID!, $asOf: DateTime) {
      partnership(id: $id, asOf: $asOf) {
        partnershipId name type region county asOf
        currentCycle { ${SCORES} } lastValidated { ${SCORES} }
        priority { rationale evidence } escalation { concern rationale } mergedInto
        openSupportCases { caseId offerId status }
        improvementActions { actionId hallmarkId criterionId description owner status dueOn }
      }
    }`,
    variables: { id, asOf },
    expect: (data) => {
      const view = data['partnership'] as { partnershipId?: string; lastValidated?: unknown } | null;
      return view?.partnershipId === id && view.lastValidated !== null;
    },
  };
}

/**
 * The request body, and the check autocannon applies to every response: parsed in full, or the
 * same text as an answer that was (same-answer-check.ts). A new check per load run.
 */
export function requestOf(query: BenchQuery): { body: string; verify: (body: string) => boolean } {
  return {
    body: JSON.stringify({ query: query.query, variables: query.variables }),
    verify: sameAnswerCheck((body) => {
      try {
        const response = JSON.parse(body) as { data?: Record<string, unknown> | null; errors?: unknown[] };
        return !response.errors && !!response.data && query.expect(response.data);
      } catch {
        return false;
      }
    }),
  };
}
