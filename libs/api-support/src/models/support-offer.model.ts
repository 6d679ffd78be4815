import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import type { SupportForm, SupportOffer } from '@nsf/domain';

export enum SupportScopeEnum {
  UNIVERSAL = 'UNIVERSAL',
  PLACE_BASED = 'PLACE_BASED',
}

export enum SupportProviderEnum {
  HOME_OFFICE = 'HOME_OFFICE',
  GOVERNMENT_OFFICE = 'GOVERNMENT_OFFICE',
  HOME_OFFICE_CRIME_TEAM_WALES = 'HOME_OFFICE_CRIME_TEAM_WALES',
  RIEP = 'RIEP',
}

/** GraphQL enum values are upper case by convention; the domain's forms are lower case. */
export enum SupportFormEnum {
  ADVICE = 'ADVICE',
  GUIDANCE = 'GUIDANCE',
  INFORMATION = 'INFORMATION',
  TOOLKIT = 'TOOLKIT',
  DIAGNOSTIC = 'DIAGNOSTIC',
  BEST_PRACTICE = 'BEST_PRACTICE',
  MENTORING = 'MENTORING',
  PEER_SUPPORT = 'PEER_SUPPORT',
  TRAINING = 'TRAINING',
  COACHING = 'COACHING',
  FACILITATION = 'FACILITATION',
  FUNDING = 'FUNDING',
}

const SUPPORT_FORM: Record<SupportForm, SupportFormEnum> = {
  advice: SupportFormEnum.ADVICE,
  guidance: SupportFormEnum.GUIDANCE,
  information: SupportFormEnum.INFORMATION,
  toolkit: SupportFormEnum.TOOLKIT,
  diagnostic: SupportFormEnum.DIAGNOSTIC,
  best_practice: SupportFormEnum.BEST_PRACTICE,
  mentoring: SupportFormEnum.MENTORING,
  peer_support: SupportFormEnum.PEER_SUPPORT,
  training: SupportFormEnum.TRAINING,
  coaching: SupportFormEnum.COACHING,
  facilitation: SupportFormEnum.FACILITATION,
  funding: SupportFormEnum.FUNDING,
};

registerEnumType(SupportScopeEnum, {
  name: 'SupportScope',
  description:
    'UNIVERSAL support is available to every partnership; PLACE_BASED support answers one partnership’s need.',
});
registerEnumType(SupportProviderEnum, {
  name: 'SupportProvider',
  description: 'RIEP: a Regional Improvement and Efficiency Partnership.',
});
registerEnumType(SupportFormEnum, { name: 'SupportForm' });

@ObjectType('SupportOffer', { description: 'A piece of support the National Support Framework offers partnerships.' })
export class SupportOfferModel {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => SupportScopeEnum)
  scope!: SupportScopeEnum;

  @Field(() => SupportFormEnum)
  form!: SupportFormEnum;

  @Field(() => SupportProviderEnum)
  provider!: SupportProviderEnum;

  @Field(() => [String], {
    description: 'The hallmarks the offer supports; empty when it serves partnership working as a whole.',
  })
  hallmarkIds!: string[];

  static from(offer: SupportOffer): SupportOfferModel {
    return Object.assign(new SupportOfferModel(), {
      id: offer.id,
      title: offer.title,
      scope: SupportScopeEnum[offer.scope],
      form: SUPPORT_FORM[offer.form],
      provider: SupportProviderEnum[offer.provider],
      hallmarkIds: [...offer.hallmarkIds],
    });
  }
}
