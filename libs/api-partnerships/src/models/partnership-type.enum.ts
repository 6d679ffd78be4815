import { registerEnumType } from '@nestjs/graphql';

/** CDRP or DAAT in England, CSP in Wales. */
export enum PartnershipTypeEnum {
  CDRP = 'CDRP',
  DAAT = 'DAAT',
  CSP = 'CSP',
}

registerEnumType(PartnershipTypeEnum, {
  name: 'PartnershipType',
  description:
    'CDRP (Crime and Disorder Reduction Partnership) or DAAT (Drug and Alcohol Action Team) in England; CSP (Community Safety Partnership) in Wales.',
});
