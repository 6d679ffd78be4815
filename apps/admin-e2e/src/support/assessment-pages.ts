// What the assessment specs share: the demo users they sign in as, and how they read the
// assessment screens (the error summary, the heading that has focus).
import type { Page } from 'playwright-core';
import { devUsers, type DevUser } from './dev-users';
import { expectToContainText } from './wait-for-text';

export async function demoUser(username: string): Promise<DevUser> {
  const user = (await devUsers()).find((candidate) => candidate.username === username);
  if (!user) throw new Error(`GET /auth/dev-users lists no ${username}`);
  return user;
}

/** The error summary, once it has appeared; also checks it took focus and titled the page, as GOV.UK requires. */
export async function errorSummary(page: Page) {
  const summary = page.locator('.govuk-error-summary');
  await summary.waitFor();
  expect(await summary.evaluate((element) => element === document.activeElement)).toBe(true);
  expect(await page.title()).toMatch(/^Error: /);
  return summary;
}

/** Waits for the page's heading to say `text` and to have focus, as it should after each move. */
export async function expectFocusedHeading(page: Page, text: string): Promise<void> {
  const heading = page.locator('#main-content h1');
  await expectToContainText(heading, text);
  await page.waitForFunction(() => document.activeElement?.tagName === 'H1');
}

export const assessmentQuery = /* GraphQL */ `
  query ($id: ID!) {
    assessment(id: $id) {
      status
      scoredCount
      applicableCriteriaCount
      scores {
        criterionId
        score
        evidence
        rationale
      }
      moderatedScores {
        criterionId
        selfScore
        moderatedScore
        reason
      }
    }
  }
`;

export interface AssessmentReading {
  readonly assessment: {
    readonly status: string;
    readonly scoredCount: number;
    readonly applicableCriteriaCount: number;
    readonly scores: readonly {
      readonly criterionId: string;
      readonly score: number;
      readonly evidence: string | null;
      readonly rationale: string;
    }[];
    readonly moderatedScores:
      | readonly {
          readonly criterionId: string;
          readonly selfScore: number;
          readonly moderatedScore: number;
          readonly reason: string;
        }[]
      | null;
  };
}
