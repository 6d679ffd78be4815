import { Query } from '@nestjs/cqrs';
import type { Actor, DomainError, RegionCode } from '@nsf/domain';
import type { SupportPipelineModel } from '../models/support-pipeline.model';

export type SupportPipelineLookup =
  | { readonly ok: true; readonly pipeline: SupportPipelineModel }
  | { readonly ok: false; readonly error: DomainError };

export class SupportPipelineQuery extends Query<SupportPipelineLookup> {
  constructor(
    readonly actor: Actor,
    readonly region: RegionCode,
    readonly asOf: Date,
  ) {
    super();
  }
}
