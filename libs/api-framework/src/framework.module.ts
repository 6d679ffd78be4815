import { Module } from '@nestjs/common';
import { FrameworkResolver } from './framework.resolver';

/** The framework catalogue: hallmarks, criteria and the scale, as versioned data. */
@Module({ providers: [FrameworkResolver] })
export class FrameworkModule {}
