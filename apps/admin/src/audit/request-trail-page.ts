// Asks the API for one page of a partnership's audit trail. An auditor's every such read is
// recorded by the API, so pages are asked for only when a screen needs them.
import { graphqlRequest, type GraphQLErrorItem } from '../graphql';
import {
  AUDIT_TRAIL_QUERY,
  trailPage,
  type AuditTrailData,
  type AuditTrailPage,
  type AuditTrailVariables,
} from './audit-trail.query';

export type TrailPageOutcome =
  | { readonly ok: true; readonly page: AuditTrailPage }
  | { readonly ok: false; readonly errors: readonly GraphQLErrorItem[] };

export interface TrailPageRequest {
  readonly partnershipId: string;
  readonly first: number;
  readonly after: string | null;
  readonly token: string | null;
  readonly signal?: AbortSignal;
}

export async function requestTrailPage(request: TrailPageRequest): Promise<TrailPageOutcome> {
  const variables: AuditTrailVariables = {
    partnershipId: request.partnershipId,
    first: request.first,
    ...(request.after ? { after: request.after } : {}),
  };
  const result = await graphqlRequest<AuditTrailData, AuditTrailVariables>(AUDIT_TRAIL_QUERY, variables, {
    token: request.token,
    signal: request.signal,
  });
  return result.ok ? { ok: true, page: trailPage(result.data) } : { ok: false, errors: result.errors };
}
