import { Args, Context, Info, Query, Resolver } from '@nestjs/graphql';
import { CURRENT_FRAMEWORK, FRAMEWORKS, type Framework } from '@nsf/domain';
import { declareAnswerSource, typedError } from '@nsf/api-core';
import type { GraphQLResolveInfo } from 'graphql';
import { CriterionApplicabilityEnum, FrameworkModel } from './framework.model';

/** The framework is data in libs/domain; this only shapes it for GraphQL. */
@Resolver(() => FrameworkModel)
export class FrameworkResolver {
  @Query(() => FrameworkModel, {
    description:
      'The framework: hallmarks with their criteria, and the scale. The current version unless one is named.',
  })
  framework(
    @Args('version', { type: () => String, nullable: true }) version: string | null,
    @Context() context: object,
    @Info() info: GraphQLResolveInfo,
  ): FrameworkModel {
    const framework = version ? FRAMEWORKS[version] : CURRENT_FRAMEWORK;
    if (!framework) throw typedError('NOT_FOUND', `There is no framework version “${version}”.`, 'version');
    // A published version never changes, and every caller sees it alike.
    declareAnswerSource(context, info, { decidedBy: framework, varying: {} });
    return toModel(framework);
  }
}

function toModel(framework: Framework): FrameworkModel {
  return {
    version: framework.version,
    title: framework.title,
    publishedBy: framework.publishedBy,
    scale: framework.scale.map((level) => ({ level: level.level, label: level.label, description: level.description })),
    hallmarks: framework.hallmarks.map((hallmark) => ({
      id: hallmark.id,
      number: hallmark.number,
      title: hallmark.title,
      description: hallmark.description,
      criteriaIntroduction: hallmark.criteriaIntroduction,
      criteria: hallmark.criteria.map((criterion) => ({
        id: criterion.id,
        number: criterion.number,
        text: criterion.text,
        applicability: criterion.applicability as CriterionApplicabilityEnum,
      })),
    })),
  };
}
