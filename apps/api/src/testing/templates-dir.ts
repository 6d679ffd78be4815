/** Where a test run keeps its seeded templates (see seeded-templates.ts); set by the global setup. */
export const TEMPLATES_DIR_ENV = 'NSF_TEST_TEMPLATES_DIR';
