// A submitted self-assessment returned for revision, then revised and submitted again. The
// national team may both self-assess and moderate any partnership, so the spec registers its own
// partnership and brings its assessment to "submitted" through the API: it holds whatever ran
// before it and leaves the demo partnerships alone.
import { randomBytes } from 'node:crypto';
import { assessmentQuery, demoUser, expectFocusedHeading, type AssessmentReading } from './support/assessment-pages';
import { expectNoAxeViolations } from './support/axe';
import { useBrowserTab } from './support/browser';
import { devToken, graphql } from './support/graphql-client';
import { signInAs } from './support/sign-in';
import { expectToContainText } from './support/wait-for-text';

const PERIOD = '2010-11';
const COMMENTS = 'Hallmark 3 scores are higher than the consultation records support: look at them again.';

describe('returning a self-assessment for revision', () => {
  const tab = useBrowserTab();
  let partnershipId = '';
  let assessmentId = '';

  beforeAll(async () => {
    const token = await devToken('nadia.national');
    const registered = await graphql<{ registerPartnership: { id: string } }>(
      `
        mutation ($input: RegisterPartnershipInput!) {
          registerPartnership(input: $input) {
            id
          }
        }
      `,
      { input: { name: `E2E Returned CDRP ${randomBytes(3).toString('hex')}`, type: 'CDRP', region: 'SOUTH_WEST' } },
      token,
    );
    partnershipId = registered.registerPartnership.id;
    const opened = await graphql<{ openAssessment: { id: string; applicableCriteria: string[] } }>(
      `
        mutation ($input: OpenAssessmentInput!) {
          openAssessment(input: $input) {
            id
            applicableCriteria
          }
        }
      `,
      { input: { partnershipId, period: PERIOD } },
      token,
    );
    assessmentId = opened.openAssessment.id;
    for (const criterionId of opened.openAssessment.applicableCriteria) {
      await graphql(
        `
          mutation ($input: ScoreCriterionInput!) {
            scoreCriterion(input: $input) {
              id
            }
          }
        `,
        { input: { assessmentId, criterionId, score: 3, rationale: 'Agreed at the partnership board' } },
        token,
      );
    }
    await graphql(
      `
        mutation ($input: SubmitAssessmentInput!) {
          submitAssessment(input: $input) {
            id
          }
        }
      `,
      { input: { assessmentId } },
      token,
    );
  });

  it('returns it with comments, which the partnership then sees, revises and submits again', async () => {
    const { page } = tab();
    await signInAs(page, await demoUser('nadia.national'));
    await page.goto(`/partnerships/${partnershipId}/assessment/${assessmentId}/moderate`);
    await expectFocusedHeading(page, 'Moderate the self-assessment');

    await page.getByLabel('What should the partnership revise?').fill(COMMENTS);
    await page.getByRole('button', { name: 'Return assessment' }).click();
    await page.waitForURL(`**/partnerships/${partnershipId}/assessment`);
    await expectToContainText(
      page.locator('.govuk-notification-banner--success'),
      `The ${PERIOD} self-assessment has been returned for revision`,
    );
    await expectToContainText(page.locator('.govuk-summary-list'), 'Returned for revision');
    await expectToContainText(page.locator('.govuk-inset-text'), COMMENTS);
    await expectNoAxeViolations(page);

    // Everything is still scored, so the way on is to change what the comments ask about.
    await page.getByRole('link', { name: /^3\.1 / }).click();
    await expectFocusedHeading(page, '3.1 ');
    await page.getByLabel('2 – Developing', { exact: true }).check();
    await page
      .getByLabel('Why this level?')
      .fill('Lowered after the coordinator’s review of the consultation records.');
    await page.getByRole('button', { name: 'Save and return to the task list' }).click();
    await page.waitForURL(`**/partnerships/${partnershipId}/assessment`);
    await expectToContainText(page.locator('#communities-1-hint'), 'Scored 2 – Developing');

    await page.getByRole('button', { name: 'Check answers and submit' }).click();
    await expectFocusedHeading(page, 'Check your answers before submitting');
    await page.getByRole('button', { name: 'Submit assessment' }).click();
    await expectToContainText(
      page.locator('.govuk-notification-banner--success'),
      `The ${PERIOD} self-assessment has been submitted`,
    );
    await expectToContainText(page.locator('.govuk-summary-list'), 'Submitted');

    const reading = await graphql<AssessmentReading>(
      assessmentQuery,
      { id: assessmentId },
      await devToken('nadia.national'),
    );
    expect(reading.assessment.status).toBe('SUBMITTED');
    expect(reading.assessment.scores.find((score) => score.criterionId === 'communities.1')?.score).toBe(2);
  });
});
