import { FRAMEWORK_2009_1 } from './edition-2009/framework-2009';
import type { Framework } from './framework';

/**
 * Every edition the platform knows, keyed by version. Assessments keep the version they were
 * made against, so old editions stay here for as long as any assessment names them.
 */
export const FRAMEWORKS: Readonly<Record<string, Framework>> = {
  [FRAMEWORK_2009_1.version]: FRAMEWORK_2009_1,
};

/** The edition new assessment cycles open against. */
export const CURRENT_FRAMEWORK: Framework = FRAMEWORK_2009_1;

export function findFramework(version: string): Framework | undefined {
  return Object.prototype.hasOwnProperty.call(FRAMEWORKS, version) ? FRAMEWORKS[version] : undefined;
}
