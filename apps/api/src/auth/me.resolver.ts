import { UseGuards } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { AuthenticatedGuard, CurrentActor } from '@nsf/api-core';
import { permissionsOf, type Actor } from '@nsf/domain';
import { MeModel } from './me.model';

@Resolver(() => MeModel)
export class MeResolver {
  @Query(() => MeModel, {
    description: 'Who the bearer token says the caller is. UNAUTHENTICATED without a valid token.',
  })
  @UseGuards(AuthenticatedGuard)
  me(@CurrentActor() actor: Actor): MeModel {
    return {
      username: actor.username,
      displayName: actor.displayName,
      role: actor.role,
      region: actor.region,
      partnershipId: actor.partnershipId,
      auditedRegions: actor.auditedRegions ? [...actor.auditedRegions] : null,
      mayDo: [...permissionsOf(actor)],
    };
  }
}
