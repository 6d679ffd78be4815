// Loading what an assessment screen shows. An assessment is read against the framework edition
// it was opened with, so the edition is asked for once the assessment has named it.
import { graphqlRequest, type GraphQLErrorItem } from '../graphql';
import {
  ASSESSMENT_QUERY,
  FRAMEWORK_QUERY,
  PARTNERSHIP_CYCLE_QUERY,
  type Assessment,
  type AssessmentData,
  type Framework,
  type FrameworkData,
  type PartnershipCycle,
  type PartnershipCycleData,
} from './assessment.query';

export type Loaded<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorItem[] };

export interface AssessmentWithFramework {
  readonly assessment: Assessment;
  readonly framework: Framework;
}

export interface TaskListData {
  readonly partnership: PartnershipCycle;
  /** The latest assessment opened, whatever its status; null before the first. */
  readonly current: AssessmentWithFramework | null;
}

interface Request {
  readonly token: string | null;
  readonly signal: AbortSignal;
}

export async function loadAssessment(
  { assessmentId }: { readonly assessmentId: string },
  { token, signal }: Request,
): Promise<Loaded<AssessmentWithFramework>> {
  const assessment = await graphqlRequest<AssessmentData, { id: string }>(
    ASSESSMENT_QUERY,
    { id: assessmentId },
    { token, signal },
  );
  if (!assessment.ok) return assessment;
  const framework = await graphqlRequest<FrameworkData, { version: string }>(
    FRAMEWORK_QUERY,
    { version: assessment.data.assessment.frameworkVersion },
    { token, signal },
  );
  if (!framework.ok) return framework;
  return { ok: true, value: { assessment: assessment.data.assessment, framework: framework.data.framework } };
}

/** `visit` is not sent: it differs on each arrival at the page, so every arrival reads afresh. */
export async function loadTaskList(
  { partnershipId }: { readonly partnershipId: string; readonly visit?: string },
  request: Request,
): Promise<Loaded<TaskListData>> {
  const partnership = await graphqlRequest<PartnershipCycleData, { id: string }>(
    PARTNERSHIP_CYCLE_QUERY,
    { id: partnershipId },
    request,
  );
  if (!partnership.ok) return partnership;
  const cycle = partnership.data.partnership.currentCycle;
  if (!cycle) return { ok: true, value: { partnership: partnership.data.partnership, current: null } };
  const current = await loadAssessment({ assessmentId: cycle.assessmentId }, request);
  if (!current.ok) return current;
  return { ok: true, value: { partnership: partnership.data.partnership, current: current.value } };
}
