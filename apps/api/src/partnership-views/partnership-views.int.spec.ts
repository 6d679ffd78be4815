import { randomUUID } from 'node:crypto';
import { PROJECTION_RUNNER } from '@nsf/api-core';
import type { ProjectionRunner } from '@nsf/projections';
import { testDrivers } from '@nsf/sql';
import { SCORE } from '../assessments/assessment-requests';
import { startPlatform, type GraphQLResponse } from '../testing/platform-harness';

const SCORES =
  'assessmentId period status frameworkVersion hallmarks { hallmarkId selfAverage average level } criteria { criterionId hallmarkId selfScore effectiveScore }';
const VIEW = `query View($id: ID!, $asOf: DateTime) {
  partnership(id: $id, asOf: $asOf) {
    partnershipId name type region county
    currentCycle { ${SCORES} } lastValidated { ${SCORES} }
    priority { rationale evidence } escalation { concern rationale } mergedInto
    openSupportCases { caseId offerId status }
    improvementActions { actionId hallmarkId criterionId description owner status dueOn }
  }
}`;
const PROGRESS = `query Progress($id: ID!, $hallmark: String) {
  progress(partnershipId: $id, hallmark: $hallmark) {
    assessmentId period hallmarkId selfAverage effectiveAverage reviewAverage regionAverage nationalAverage
  }
}`;
const COMPARE = `query Compare($a: ID!, $b: ID!) {
  compareAssessments(a: $a, b: $b) {
    a b periodA periodB
    criteria { criterionId hallmarkId before after change }
    hallmarks { hallmarkId before after change levelBefore levelAfter }
    gains losses levelChanges
  }
}`;
const ASSESSMENT = `query A($id: ID!) {
  assessment(id: $id) { id status scores { criterionId score } moderatedScores { criterionId moderatedScore } }
}`;
const TRAIL = `query T($streamId: String!, $after: String) {
  auditTrail(streamId: $streamId, first: 200, after: $after) {
    edges { node { type occurredAt } } pageInfo { hasNextPage endCursor }
  }
}`;
const REQUEST = `mutation R($input: RequestSupportInput!) { requestSupport(input: $input) { status } }`;

interface Scores {
  assessmentId: string;
  period: string;
  status: string;
  hallmarks: { hallmarkId: string; selfAverage: number | null; average: number | null; level: number | null }[];
  criteria: { criterionId: string; hallmarkId: string; selfScore: number; effectiveScore: number }[];
}
interface View {
  partnershipId: string;
  name: string;
  region: string;
  currentCycle: Scores | null;
  lastValidated: Scores | null;
  openSupportCases: { caseId: string; offerId: string; status: string }[];
}
interface Point {
  assessmentId: string;
  period: string;
  hallmarkId: string;
  selfAverage: number | null;
  effectiveAverage: number | null;
  reviewAverage: number | null;
  regionAverage: number | null;
  nationalAverage: number | null;
}
interface Comparison {
  a: string;
  b: string;
  criteria: { criterionId: string; before: number | null; after: number | null; change: number | null }[];
  hallmarks: { hallmarkId: string; before: number | null; after: number | null; change: number | null }[];
  gains: number;
  losses: number;
  levelChanges: number;
}
interface Trail {
  edges: { node: { type: string; occurredAt: string } }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
interface Assessment {
  id: string;
  status: string;
  scores: { criterionId: string; score: number }[];
  moderatedScores: { criterionId: string; moderatedScore: number }[] | null;
}

const ALLERDALE = 'north_west-allerdale-cdrp';
const FIRST = `${ALLERDALE}-2009-10`;
const SECOND = `${ALLERDALE}-2010-11`;
const OPEN_CYCLE = `${ALLERDALE}-2011-12`;

function ok<Data>(response: GraphQLResponse<Data>): Data {
  if (response.errors) throw new Error(`unexpected error: ${response.errors[0].message}`);
  if (!response.data) throw new Error('no data');
  return response.data;
}

/** Effective scores as the assessment query tells them: moderated where moderated, else the partnership's own. */
function effectiveOf(assessment: Assessment): Map<string, number> {
  const moderated = new Map((assessment.moderatedScores ?? []).map((m) => [m.criterionId, m.moderatedScore]));
  return new Map(assessment.scores.map((s) => [s.criterionId, moderated.get(s.criterionId) ?? s.score]));
}

describe.each(testDrivers())('partnership views through GraphQL on %s', (driver) => {
  let platform: Awaited<ReturnType<typeof startPlatform>>;
  let coordinator: string;
  let lead: string;
  let before: string;
  let beforeView: View;
  let afterView: View;

  const caughtUp = () => platform.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
  const view = async (token: string, variables: Record<string, unknown>) => {
    await caughtUp();
    return platform.graphql<{ partnership: View }>(VIEW, variables, token);
  };
  const progress = async (token: string, variables: Record<string, unknown>) => {
    await caughtUp();
    return platform.graphql<{ progress: Point[] }>(PROGRESS, variables, token);
  };
  const compare = (token: string, a: string, b: string) =>
    platform.graphql<{ compareAssessments: Comparison }>(COMPARE, { a, b }, token);
  const assessment = async (id: string) =>
    ok(await platform.graphql<{ assessment: Assessment }>(ASSESSMENT, { id }, coordinator)).assessment;

  /** When the assessment was validated, from its stream's audit trail, page by page. */
  const validationOf = async (assessmentId: string): Promise<string> => {
    let after: string | null = null;
    for (;;) {
      const page: Trail = ok(
        await platform.graphql<{ auditTrail: Trail }>(
          TRAIL,
          { streamId: `assessment-${assessmentId}`, after },
          coordinator,
        ),
      ).auditTrail;
      const validated = page.edges.find((edge) => edge.node.type === 'AssessmentValidated');
      if (validated) return validated.node.occurredAt;
      if (!page.pageInfo.hasNextPage) throw new Error(`${assessmentId} was never validated`);
      after = page.pageInfo.endCursor;
    }
  };

  beforeAll(async () => {
    platform = await startPlatform(driver, { seedDemoData: true });
    coordinator = await platform.signIn('nora.northwest');
    lead = await platform.signIn('liam.lead');
    beforeView = ok(await view(coordinator, { id: ALLERDALE })).partnership;
    before = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    // Two changes after `before`: a support request and a revised score on the open cycle.
    ok(
      await platform.graphql(
        REQUEST,
        {
          input: {
            partnershipId: ALLERDALE,
            offerId: 'problem-solving-training',
            need: 'Analysts',
            commandId: randomUUID(),
          },
        },
        lead,
      ),
    );
    const leadership1 = beforeView.currentCycle?.criteria.find((c) => c.criterionId === 'leadership.1')?.selfScore;
    ok(
      await platform.graphql(
        SCORE,
        {
          input: {
            assessmentId: OPEN_CYCLE,
            criterionId: 'leadership.1',
            score: leadership1 === 1 ? 2 : 1,
            rationale: 'The board has not met since the summer',
          },
        },
        lead,
      ),
    );
    afterView = ok(await view(coordinator, { id: ALLERDALE })).partnership;
    // Seeding three years of demo history and catching every projection up takes minutes on a busy machine.
  }, 600_000);
  afterAll(() => platform.dispose());

  describe('partnership', () => {
    it('shows the open cycle as current and the last validated assessment, as their streams tell them', async () => {
      expect(beforeView).toMatchObject({ partnershipId: ALLERDALE, region: 'NORTH_WEST' });
      expect(beforeView.currentCycle).toMatchObject({ assessmentId: OPEN_CYCLE, period: '2011-12', status: 'OPEN' });
      expect(beforeView.lastValidated).toMatchObject({ assessmentId: SECOND, period: '2010-11', status: 'VALIDATED' });
      const effective = effectiveOf(await assessment(SECOND));
      const shown = new Map(beforeView.lastValidated?.criteria.map((c) => [c.criterionId, c.effectiveScore]));
      expect(shown).toEqual(effective);
    });

    it('shows the changes made since', () => {
      expect(afterView.openSupportCases).toHaveLength(beforeView.openSupportCases.length + 1);
      expect(afterView.openSupportCases.at(-1)).toMatchObject({
        offerId: 'problem-solving-training',
        status: 'REQUESTED',
      });
      expect(afterView.currentCycle?.criteria).not.toEqual(beforeView.currentCycle?.criteria);
      expect(afterView.lastValidated).toEqual(beforeView.lastValidated);
    });

    it('turns back to any instant: as of before the changes it is exactly what it was', async () => {
      const asThen = ok(await view(coordinator, { id: ALLERDALE, asOf: before })).partnership;
      expect(asThen).toEqual(beforeView);
    });

    it('shows 2009-10 as last validated up to the instant 2010-11 was validated, and nothing before registration', async () => {
      const validatedAt = await validationOf(SECOND);
      const justBefore = new Date(Date.parse(validatedAt) - 1).toISOString();
      const then = ok(await view(coordinator, { id: ALLERDALE, asOf: justBefore })).partnership;
      expect(then.lastValidated?.period).toBe('2009-10');
      expect(then.currentCycle).toMatchObject({ period: '2010-11', status: 'SUBMITTED' });
      const at = ok(await view(coordinator, { id: ALLERDALE, asOf: validatedAt })).partnership;
      expect(at.lastValidated).toEqual(beforeView.lastValidated);
      const never = await view(coordinator, { id: ALLERDALE, asOf: '2000-01-01T00:00:00Z' });
      expect(never.errors?.[0].extensions?.['code']).toBe('NOT_FOUND');
    });
  });

  describe('progress', () => {
    it('shows each validated period with the partnership’s, the region’s and the nation’s averages', async () => {
      const points = ok(await progress(coordinator, { id: ALLERDALE, hallmark: 'leadership' })).progress;
      expect(points.map((point) => point.period)).toEqual(['2009-10', '2010-11']);
      for (const point of points) {
        expect(point.hallmarkId).toBe('leadership');
        expect(point.regionAverage).toEqual(expect.any(Number));
        expect(point.nationalAverage).toEqual(expect.any(Number));
        expect(point.selfAverage).toEqual(expect.any(Number));
      }
      const latest = beforeView.lastValidated?.hallmarks.find((h) => h.hallmarkId === 'leadership');
      expect(points[1]).toMatchObject({ effectiveAverage: latest?.average, selfAverage: latest?.selfAverage });
    });

    it('covers all six hallmarks when none is named', async () => {
      const points = ok(await progress(coordinator, { id: ALLERDALE })).progress;
      expect(points).toHaveLength(12);
    });
  });

  describe('compareAssessments', () => {
    it('shows per criterion and hallmark the effective scores of Allerdale’s 2009-10 and 2010-11 and the change', async () => {
      const comparison = ok(await compare(coordinator, FIRST, SECOND)).compareAssessments;
      const [first, second] = [effectiveOf(await assessment(FIRST)), effectiveOf(await assessment(SECOND))];
      for (const criterion of comparison.criteria) {
        expect(criterion.before).toBe(first.get(criterion.criterionId) ?? null);
        expect(criterion.after).toBe(second.get(criterion.criterionId) ?? null);
      }
      const changes = comparison.criteria.map((c) => c.change ?? 0);
      expect(comparison.gains).toBe(changes.filter((change) => change > 0).length);
      expect(comparison.losses).toBe(changes.filter((change) => change < 0).length);
      const points = ok(await progress(coordinator, { id: ALLERDALE })).progress;
      for (const hallmark of comparison.hallmarks) {
        const at = (period: string) =>
          points.find((p) => p.period === period && p.hallmarkId === hallmark.hallmarkId)?.effectiveAverage;
        expect(hallmark).toMatchObject({ before: at('2009-10'), after: at('2010-11') });
      }
    });

    it.each([
      ['assessments of two partnerships', FIRST, 'wales-cardiff-csp-2010-11', 'BAD_USER_INPUT'],
      ['the same assessment twice', FIRST, FIRST, 'BAD_USER_INPUT'],
      ['an assessment never opened', FIRST, `${ALLERDALE}-2001-02`, 'NOT_FOUND'],
      ['an id no assessment has', 'nonsense', SECOND, 'NOT_FOUND'],
    ])('refuses %s', async (_what, a, b, code) => {
      const response = await compare(coordinator, a, b);
      expect(response.errors?.[0].extensions?.['code']).toBe(code);
    });
  });

  describe('who may see what', () => {
    const requests = [
      ['partnership', (token: string) => view(token, { id: ALLERDALE })],
      ['progress', (token: string) => progress(token, { id: ALLERDALE })],
      ['compareAssessments', (token: string) => compare(token, FIRST, SECOND)],
    ] as const;

    it.each(
      requests.flatMap(([query, request]) =>
        [
          ['the national team', 'nadia.national', null],
          ['an auditor', 'aisha.auditor', null],
          ['the region’s coordinator', 'nora.northwest', null],
          ['its lead', 'liam.lead', null],
          ['its member', 'maya.member', null],
          ['another region’s coordinator', 'gwen.wales', 'FORBIDDEN'],
          ['another partnership’s lead', 'cerys.lead', 'FORBIDDEN'],
          ['another partnership’s member', 'owen.member', 'FORBIDDEN'],
        ].map(([who, username, code]) => [query, who, username, code, request] as const),
      ),
    )('%s to %s', async (_query, _who, username, code, request) => {
      const response = await request(await platform.signIn(username as string));
      if (code === null) {
        expect(response.errors).toBeUndefined();
        expect(response.data).toBeTruthy();
      } else {
        expect(response.errors?.[0].extensions?.['code']).toBe(code);
        expect(response.data ?? null).toBeNull();
      }
    });

    it('refuses a caller without a token, an unknown partnership, and bad input', async () => {
      expect((await platform.graphql(VIEW, { id: ALLERDALE })).errors?.[0].extensions?.['code']).toBe(
        'UNAUTHENTICATED',
      );
      expect((await view(coordinator, { id: 'north_west-nowhere-cdrp' })).errors?.[0].extensions?.['code']).toBe(
        'NOT_FOUND',
      );
      expect((await view(coordinator, { id: '  ' })).errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'id' },
      });
      expect((await progress(coordinator, { id: ALLERDALE, hallmark: 'charisma' })).errors?.[0]).toMatchObject({
        extensions: { code: 'BAD_USER_INPUT', field: 'hallmark' },
      });
      expect((await view(coordinator, { id: ALLERDALE, asOf: 'yesterday' })).errors?.[0].extensions?.['code']).toBe(
        'BAD_USER_INPUT',
      );
    });
  });
});
