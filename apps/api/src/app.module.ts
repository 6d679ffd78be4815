import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { ActionsModule } from '@nsf/api-actions';
import { AssessmentsModule } from '@nsf/api-assessments';
import { AuditModule } from '@nsf/api-audit';
import { FrameworkModule } from '@nsf/api-framework';
import { OverviewModule } from '@nsf/api-overview';
import { PartnershipViewsModule } from '@nsf/api-partnership-views';
import { PartnershipsModule } from '@nsf/api-partnerships';
import {
  compiledQueries,
  noStorePlugin,
  queryLimitRules,
  readPlainFieldsDirectly,
  resolveInCallersScope,
} from '@nsf/api-core';
import { SupportModule } from '@nsf/api-support';
import { IdentityModule } from './auth/identity.module';
import type { PlatformConfig } from './config/platform-config';
import { DemoDataSeeder } from './demo-data/demo-data.seeder';
import { HealthController } from './health/health.controller';
import { PlatformConfigModule } from './platform/platform-config.module';
import { PlatformModule } from './platform/platform.module';

/** The coordinators' overviews, thousands of fields each, run compiled and their answers kept (read-only, side-effect free). */
const COMPILED_QUERIES = ['regionOverview', 'nationalOverview', 'framework'];

/** The composition root: infrastructure, GraphQL and one module per capability. No business rules here. */
@Module({})
export class AppModule {
  static create(config: PlatformConfig): DynamicModule {
    const compiled = compiledQueries(COMPILED_QUERIES);
    return {
      module: AppModule,
      imports: [
        PlatformConfigModule.forRoot(config),
        CqrsModule.forRoot(),
        PlatformModule,
        IdentityModule.forRoot(config),
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: true,
          sortSchema: true,
          // Plain fields read as properties, not through a resolver per field (plain-fields.ts);
          // every other resolver, root or field, runs in its caller's request scope (the
          // database's row security: resolve-in-callers-scope.ts).
          transformSchema: (schema) => resolveInCallersScope(readPlainFieldsDirectly(schema)),
          // Fastify hands the context factory (request, reply), not Express's { req, res }.
          context: (request: unknown, reply: unknown) => ({ req: request, res: reply }),
          introspection: !config.production,
          // No landing page in any environment (Nest turns Apollo's off when playground is false).
          playground: false,
          // Depth, alias and field-count bounds, checked before anything runs.
          validationRules: queryLimitRules(),
          // Clients get the message and a typed code, never server internals.
          includeStacktraceInErrorResponses: false,
          // Apollo's types can load twice (its ESM and CommonJS builds, under ts-jest): the same
          // plugins, told apart only by a private brand, hence the cast.
          plugins: [
            ApolloServerPluginCacheControlDisabled(),
            noStorePlugin,
            compiled.plugin,
          ] as unknown as ApolloDriverConfig['plugins'],
          // Apollo's own serialisation, but a kept answer's text is written as it is.
          stringifyResult: compiled.stringifyResult,
        }),
        FrameworkModule,
        PartnershipsModule,
        AssessmentsModule,
        SupportModule,
        OverviewModule,
        ActionsModule,
        AuditModule,
        PartnershipViewsModule,
      ],
      controllers: [HealthController],
      providers: [DemoDataSeeder],
    };
  }
}
