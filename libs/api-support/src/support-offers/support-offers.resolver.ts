import { Query, Resolver } from '@nestjs/graphql';
import { SUPPORT_CATALOGUE } from '@nsf/domain';
import { SupportOfferModel } from '../models/support-offer.model';

/** The catalogue is public data in libs/domain, like the framework; this only shapes it for GraphQL. */
@Resolver(() => SupportOfferModel)
export class SupportOffersResolver {
  @Query(() => [SupportOfferModel], { description: 'The support the framework offers, universal and place-based.' })
  supportOffers(): SupportOfferModel[] {
    return SUPPORT_CATALOGUE.map((offer) => SupportOfferModel.from(offer));
  }
}
