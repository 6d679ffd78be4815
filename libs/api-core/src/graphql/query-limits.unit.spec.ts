import { buildSchema, getIntrospectionQuery, parse, specifiedRules, validate } from 'graphql';
import { DEFAULT_QUERY_LIMITS, queryLimitRules } from './query-limits';

const schema = buildSchema(`
  type Query { partnership: Partnership }
  type Partnership { name: String, linked: Partnership }
`);
const rules = [...specifiedRules, ...queryLimitRules({ maxDepth: 4, maxAliases: 3, maxFields: 8 })];
const errorsOf = (query: string) => validate(schema, parse(query), rules).map((error) => error.message);

describe('query limits', () => {
  it('lets a query within every limit through', () => {
    expect(errorsOf('{ a: partnership { name linked { name } } b: partnership { name } }')).toEqual([]);
  });

  it('refuses more aliases than allowed', () => {
    expect(errorsOf('{ a: __typename b: __typename c: __typename d: __typename }')).toEqual([
      'This query uses 4 aliases; at most 3 are allowed in one request.',
    ]);
  });

  it('refuses nesting deeper than allowed, counted through fragments', () => {
    const deep = `
      { partnership { linked { ...Deeper } } }
      fragment Deeper on Partnership { linked { linked { name } } }`;
    expect(errorsOf(deep)).toEqual(['This query nests fields 5 deep; at most 4 levels are allowed.']);
  });

  it('refuses more fields than allowed, a fragment counted once per spread', () => {
    const wide = `
      { partnership { ...Both linked { ...Both } } }
      fragment Both on Partnership { __typename name linked { name } }`;
    expect(errorsOf(wide)).toEqual(['This query asks for 10 fields; at most 8 are allowed in one request.']);
  });

  it('lets the standard introspection query through the default limits', () => {
    const introspection = parse(
      getIntrospectionQuery({
        descriptions: true,
        specifiedByUrl: true,
        directiveIsRepeatable: true,
        schemaDescription: true,
        inputValueDeprecation: true,
      }),
    );
    expect(validate(schema, introspection, [...specifiedRules, ...queryLimitRules(DEFAULT_QUERY_LIMITS)])).toEqual([]);
  });

  it('does not loop on a fragment cycle, which graphql reports itself', () => {
    const cyclic = `{ partnership { ...A } } fragment A on Partnership { linked { ...A } }`;
    expect(errorsOf(cyclic)).toEqual(['Cannot spread fragment "A" within itself.']);
  });
});
