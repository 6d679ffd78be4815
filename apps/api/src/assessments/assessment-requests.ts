import type { SqlDatabase } from '@nsf/sql';
import type { GraphQLResponse, PlatformHarness } from '../testing/platform-harness';

/**
 * What the assessment integration specs share: the GraphQL documents of the self-assessment
 * cycle, and the check that a refused request comes back as a typed error and appends nothing.
 */
export const ASSESSMENT_FIELDS = 'id partnershipId period frameworkVersion status applicableCriteriaCount scoredCount';
export const OPEN = `
  mutation Open($input: OpenAssessmentInput!) { openAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;
export const SCORE = `
  mutation Score($input: ScoreCriterionInput!) {
    scoreCriterion(input: $input) { ${ASSESSMENT_FIELDS} scores { criterionId score rationale } }
  }`;
export const SUBMIT = `
  mutation Submit($input: SubmitAssessmentInput!) { submitAssessment(input: $input) { ${ASSESSMENT_FIELDS} } }`;

export interface Assessment {
  id: string;
  partnershipId: string;
  period: string;
  frameworkVersion: string;
  status: 'OPEN' | 'SUBMITTED' | 'RETURNED' | 'VALIDATED';
  applicableCriteriaCount: number;
  scoredCount: number;
  scores?: { criterionId: string; score: number; rationale: string }[];
}

type GraphQLError = NonNullable<GraphQLResponse<unknown>['errors']>[number];

export async function countEvents(db: SqlDatabase): Promise<number> {
  return Number((await db.query<{ n: string }>('SELECT count(*)::text AS n FROM nsf_events')).rows[0].n);
}

/**
 * Runs a request and reports its data, its first error and how many events it appended, so a
 * spec can check in one assertion that a refusal is typed and changed nothing.
 */
export async function attempt(
  db: SqlDatabase,
  request: () => Promise<GraphQLResponse<unknown>>,
): Promise<{ data: unknown; error: GraphQLError | null; appended: number }> {
  const before = await countEvents(db);
  const response = await request();
  return {
    data: response.data ?? null,
    error: response.errors?.[0] ?? null,
    appended: (await countEvents(db)) - before,
  };
}

/** Scores each criterion in turn with the same score, as a partnership sweeping its assessment would. */
export async function scoreEach(
  platform: PlatformHarness,
  token: string,
  assessmentId: string,
  criteria: readonly string[],
  score: number,
): Promise<void> {
  for (const criterionId of criteria) {
    const result = await platform.graphql(
      SCORE,
      { input: { assessmentId, criterionId, score, rationale: 'Agreed at the partnership board' } },
      token,
    );
    // Setup for the assertions that follow, so a failure here names the criterion and stops.
    if (result.errors) throw new Error(`scoring ${criterionId} failed: ${result.errors[0].message}`);
  }
}
