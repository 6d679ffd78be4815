import { Field, ObjectType } from '@nestjs/graphql';
import { findRegion, type Region } from '@nsf/domain';

@ObjectType('Region', { description: 'One of the nine English regions, or Wales.' })
export class RegionModel {
  @Field(() => String, { description: 'Stable code, e.g. NORTH_WEST or WALES.' })
  code!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String, { description: 'England or Wales.' })
  country!: string;

  static from(region: Region): RegionModel {
    return Object.assign(new RegionModel(), { code: region.code, name: region.name, country: region.country });
  }

  static forCode(code: string): RegionModel {
    const region = findRegion(code);
    if (!region) throw new Error(`unknown region code in the read model: ${code}`);
    return RegionModel.from(region);
  }
}
