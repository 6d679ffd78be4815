import { assessmentIdFor, improvementActionIdFor, supportCaseIdFor, supportCaseStreamId } from '@nsf/domain';
import type { SqlDatabase } from '@nsf/sql';
import type { PlatformHarness } from '../testing/platform-harness';

/**
 * Real ids of one demo partnership's records, for the isolation matrix to aim at: every probe
 * names something that exists, so a refusal proves the access check and not a typo.
 */
export interface TenantFixtures {
  readonly partnershipId: string;
  readonly region: string;
  /** Validated in the demo history (2010-11). */
  readonly validatedAssessmentId: string;
  /** The current period's assessment (2011-12): Cardiff's is submitted, Allerdale's open. */
  readonly currentAssessmentId: string;
  /** A requested support case, raised in setup by the partnership's own lead. */
  readonly openCaseId: string;
  /** A delivered support case of the demo history, with no outcome recorded yet. */
  readonly deliveredCaseId: string;
  /** An improvement action, added in setup by the partnership's own lead. */
  readonly actionId: string;
  /** Another registered partnership of the same region, for a merge. */
  readonly neighbourId: string;
  /** The id of a recorded event of the partnership, to cite as evidence. */
  readonly evidenceEventId: string;
}

export const ALLERDALE = 'north_west-allerdale-cdrp';
export const CARDIFF = 'wales-cardiff-csp';

/** Per partnership, fixed so that setup and probes agree and a retried setup lands on the same records. */
const SETUP_UUIDS: Readonly<Record<string, { caseUuid: string; actionUuid: string }>> = {
  [ALLERDALE]: { caseUuid: 'd4f1b1a0-3c1e-4b6e-9b57-0a6f3f0e1a01', actionUuid: 'd4f1b1a0-3c1e-4b6e-9b57-0a6f3f0e1a02' },
  [CARDIFF]: { caseUuid: 'e7c2a9b4-5d2f-4c7a-8e61-1b7a4a1f2b01', actionUuid: 'e7c2a9b4-5d2f-4c7a-8e61-1b7a4a1f2b02' },
};

async function one(db: SqlDatabase, sql: string, params: unknown[], what: string): Promise<string> {
  const row = (await db.query<{ v: string }>(sql, params)).rows[0];
  if (!row) throw new Error(`setup found no ${what}`);
  return row.v;
}

/**
 * Finds, and where the demo history has none creates through the API as the partnership's own
 * lead, the records the matrix aims at.
 */
export async function prepareTenant(
  platform: PlatformHarness,
  db: SqlDatabase,
  partnershipId: string,
  ownLead: string,
): Promise<TenantFixtures> {
  const { caseUuid, actionUuid } = SETUP_UUIDS[partnershipId];
  const lead = await platform.signIn(ownLead);
  const region = await one(
    db,
    `SELECT data->>'region' AS v FROM nsf_events WHERE stream_id = $1 AND event_type = 'PartnershipRegistered'`,
    [`partnership-${partnershipId}`],
    `registration of ${partnershipId}`,
  );
  const neighbourId = await one(
    db,
    `SELECT tenant_id AS v FROM nsf_events
      WHERE event_type = 'PartnershipRegistered' AND data->>'region' = $1 AND tenant_id <> $2
      ORDER BY tenant_id LIMIT 1`,
    [region, partnershipId],
    `neighbour of ${partnershipId}`,
  );
  // The earliest delivery, so a later validated assessment can tell its outcome.
  const deliveredStream = await one(
    db,
    `SELECT stream_id AS v FROM nsf_events d
      WHERE d.event_type = 'SupportDelivered' AND d.stream_id LIKE $1
        AND NOT EXISTS (SELECT 1 FROM nsf_events o WHERE o.stream_id = d.stream_id AND o.event_type = 'SupportOutcomeRecorded')
      ORDER BY d.occurred_at LIMIT 1`,
    [`support-${partnershipId}-%`],
    `delivered support case of ${partnershipId}`,
  );
  const evidenceEventId = await one(
    db,
    `SELECT event_id::text AS v FROM nsf_events WHERE stream_id = $1 AND event_type = 'AssessmentValidated'`,
    [`assessment-${assessmentIdFor(partnershipId, '2010-11')}`],
    `validation of ${partnershipId}'s 2010-11 assessment`,
  );

  const raised = await platform.graphql(
    `mutation Raise($input: RequestSupportInput!) { requestSupport(input: $input) { id } }`,
    {
      input: {
        partnershipId,
        offerId: 'problem-solving-training',
        need: 'Our analysts want to work hotspots through problem-solving',
        commandId: caseUuid,
      },
    },
    lead,
  );
  if (raised.errors) throw new Error(`setup could not raise a case for ${partnershipId}: ${raised.errors[0].message}`);
  const added = await platform.graphql(
    `mutation Add($input: AddImprovementActionInput!) { addImprovementAction(input: $input) { id } }`,
    {
      input: {
        partnershipId,
        actionUuid,
        criterionId: 'intelligence.1',
        description: 'Agree an information sharing protocol with health',
        owner: 'Community safety manager',
        dueOn: '2012-09-30',
      },
    },
    lead,
  );
  if (added.errors) throw new Error(`setup could not add an action for ${partnershipId}: ${added.errors[0].message}`);

  return {
    partnershipId,
    region,
    validatedAssessmentId: assessmentIdFor(partnershipId, '2010-11'),
    currentAssessmentId: assessmentIdFor(partnershipId, '2011-12'),
    openCaseId: supportCaseIdFor(partnershipId, caseUuid),
    deliveredCaseId: deliveredStream.slice('support-'.length),
    actionId: improvementActionIdFor(partnershipId, actionUuid),
    neighbourId,
    evidenceEventId,
  };
}

export const openCaseStreamId = (tenant: TenantFixtures): string => supportCaseStreamId(tenant.openCaseId);
