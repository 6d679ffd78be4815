// The support pipeline as nora.northwest (North West coordinator) sees it on the demo history: the
// region's support cases grouped by status in GOV.UK tables, outcomes as tags. The demo history
// records no outcome, so the spec records one first, through the API, on a delivered case of a
// North West partnership other than Allerdale (whose people other specs act as); a re-run finds
// it recorded and goes on.
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devUsers } from './support/dev-users';
import { apiToken, graphql, must } from './support/graphql-api';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

const PIPELINE = `query P($region: String!) {
  supportPipeline(region: $region) {
    total
    stages { status cases { id partnershipId partnershipName deliveredOn outcome { assessmentId } } }
  }
}`;
const RECORD_OUTCOME = `mutation O($input: RecordSupportOutcomeInput!) { recordSupportOutcome(input: $input) { id } }`;

interface Pipeline {
  supportPipeline: {
    total: number;
    stages: {
      status: string;
      cases: {
        id: string;
        partnershipId: string;
        partnershipName: string;
        deliveredOn: string;
        outcome: { assessmentId: string } | null;
      }[];
    }[];
  };
}

/** The partnership of a delivered case with its outcome recorded, recording one when there is none yet. */
async function caseWithOutcome(token: string): Promise<string> {
  let pipeline = await must('reading the pipeline', graphql<Pipeline>(token, PIPELINE, { region: 'NORTH_WEST' }));
  // A platform started from an older data folder builds the pipeline in the background: wait for it.
  for (let attempt = 0; attempt < 120 && pipeline.supportPipeline.total === 0; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 500));
    pipeline = await must('reading the pipeline', graphql<Pipeline>(token, PIPELINE, { region: 'NORTH_WEST' }));
  }
  const delivered = pipeline.supportPipeline.stages.find((stage) => stage.status === 'DELIVERED')?.cases ?? [];
  const recorded = delivered.find((supportCase) => supportCase.outcome !== null);
  if (recorded) return recorded.partnershipName;
  const candidates = delivered.filter((supportCase) => !supportCase.partnershipId.includes('allerdale')).reverse();
  for (const supportCase of candidates) {
    for (const period of ['2011-12', '2010-11']) {
      const input = {
        caseId: supportCase.id,
        assessmentId: `${supportCase.partnershipId}-${period}`,
        notes: 'Read from the validated assessment after delivery',
      };
      const answer = await graphql(token, RECORD_OUTCOME, { input });
      if (!answer.errors) return supportCase.partnershipName;
    }
  }
  throw new Error('no delivered North West case could have its outcome recorded');
}

describe('the support pipeline', () => {
  const tab = useBrowserTab();

  it('shows a coordinator their region’s support cases by status, outcomes as tags', async () => {
    const { page } = tab();
    const partnershipName = await caseWithOutcome(await apiToken('nora.northwest'));
    const nora = (await devUsers()).find((user) => user.username === 'nora.northwest');
    if (!nora) throw new Error('GET /auth/dev-users lists no nora.northwest');
    await signInAs(page, nora);

    await page.getByRole('link', { name: 'Support pipeline', exact: true }).click();
    await page.waitForURL('**/support-pipeline');
    await expectToContainText(page.locator('#pipeline-caption'), 'support cases in North West as of today');
    expect(await page.title()).toBe('Support pipeline – National Support Framework – GOV.UK');
    expect(await page.getByRole('link', { name: 'Support pipeline', exact: true }).getAttribute('aria-current')).toBe(
      'page',
    );

    const headings = await page.locator('main h2.govuk-heading-m').allTextContents();
    expect(headings.slice(1).map((heading) => heading.replace(/ \(\d+\)$/, ''))).toEqual([
      'Requested by the partnership',
      'Proposed by the coordinator',
      'Deferred',
      'Approved, to be delivered',
      'Delivered',
      'Declined',
    ]);
    const delivered = page.locator('section[aria-labelledby="stage-delivered"] table.govuk-table');
    expect(await delivered.locator('thead th').allTextContents()).toEqual([
      'Partnership',
      'Support',
      'Dates',
      'Rationale',
      'Outcome',
    ]);
    const row = delivered.locator('tbody tr', { has: page.locator('.govuk-tag') }).first();
    await expectToContainText(row.locator('th'), partnershipName);
    expect(await row.locator('.govuk-tag').first().textContent()).toMatch(
      /^(Improved|Unchanged|Declined|No baseline)$/,
    );
    await expectToContainText(row, 'Delivered ');
    await expectNoAxeViolations(page);
  });

  it('turns back to an earlier day', async () => {
    const { page } = tab();
    const nora = (await devUsers()).find((user) => user.username === 'nora.northwest');
    if (!nora) throw new Error('GET /auth/dev-users lists no nora.northwest');
    await signInAs(page, nora);
    await page.goto('/support-pipeline');
    await expectToContainText(page.locator('#pipeline-caption'), 'as of today');

    await page.getByLabel('Day', { exact: true }).fill('1');
    await page.getByLabel('Month', { exact: true }).fill('1');
    await page.getByLabel('Year', { exact: true }).fill('2000');
    await page.getByRole('button', { name: 'Show pipeline' }).click();
    await page.waitForURL((url) => url.searchParams.get('asOf') === '2000-01-01');
    await expectToContainText(
      page.locator('#pipeline-caption'),
      '0 support cases in North West as of the end of 1 January 2000',
    );
    expect(await page.locator('table.govuk-table').count()).toBe(0);
    await expectNoAxeViolations(page);
  });
});
