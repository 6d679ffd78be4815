import {
  GraphQLError,
  Kind,
  type ASTVisitor,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/**
 * Bounds on the shape of a GraphQL document, checked while it is validated, before anything runs:
 * a document that nests too deep, repeats a field under many aliases, or asks for too many fields
 * in all is refused as GRAPHQL_VALIDATION_FAILED. Fragments count where they are spread.
 */
export interface QueryLimits {
  /** Fields nested in fields: `{ a { b } }` is 2 deep. */
  readonly maxDepth: number;
  /** Aliased fields in the whole document. */
  readonly maxAliases: number;
  /** Fields an operation selects, with every fragment counted once per spread (a simple cost bound). */
  readonly maxFields: number;
}

/**
 * Well above what the admin app asks for (at most 5 deep today), far below what would strain the
 * server. Introspection counts like any other query: the standard one that GraphiQL and code
 * generators send (15 deep, 229 fields) still passes in development; production turns it off.
 */
export const DEFAULT_QUERY_LIMITS: QueryLimits = { maxDepth: 15, maxAliases: 100, maxFields: 500 };

export function queryLimitRules(limits: QueryLimits = DEFAULT_QUERY_LIMITS): ValidationRule[] {
  return [maxAliasesRule(limits.maxAliases), operationShapeRule(limits.maxDepth, limits.maxFields)];
}

function maxAliasesRule(max: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    let aliases = 0;
    return {
      Field(node) {
        if (node.alias) aliases += 1;
      },
      Document: {
        leave() {
          if (aliases > max) {
            context.reportError(
              new GraphQLError(`This query uses ${aliases} aliases; at most ${max} are allowed in one request.`),
            );
          }
        },
      },
    };
  };
}

interface Shape {
  readonly depth: number;
  readonly fields: number;
}

function operationShapeRule(maxDepth: number, maxFields: number): ValidationRule {
  return (context: ValidationContext): ASTVisitor => {
    // Per fragment, so a fragment spread many times is measured once (no blow-up on nested spreads).
    const fragmentShapes = new Map<string, Shape>();
    const inProgress = new Set<string>();

    const shapeOf = (selectionSet: SelectionSetNode): Shape => {
      let depth = 0;
      let fields = 0;
      for (const selection of selectionSet.selections) {
        let inner: Shape;
        if (selection.kind === Kind.FIELD) {
          const nested = selection.selectionSet ? shapeOf(selection.selectionSet) : { depth: 0, fields: 0 };
          inner = { depth: nested.depth + 1, fields: nested.fields + 1 };
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          inner = shapeOf(selection.selectionSet);
        } else {
          inner = fragmentShape(selection.name.value);
        }
        depth = Math.max(depth, inner.depth);
        fields += inner.fields;
      }
      return { depth, fields };
    };

    const fragmentShape = (name: string): Shape => {
      const known = fragmentShapes.get(name);
      if (known) return known;
      const fragment = context.getFragment(name);
      // An unknown or cyclic fragment is reported by graphql's own rules; it adds nothing here.
      if (!fragment || inProgress.has(name)) return { depth: 0, fields: 0 };
      inProgress.add(name);
      const shape = shapeOf(fragment.selectionSet);
      inProgress.delete(name);
      fragmentShapes.set(name, shape);
      return shape;
    };

    return {
      OperationDefinition(node) {
        const { depth, fields } = shapeOf(node.selectionSet);
        if (depth > maxDepth) {
          context.reportError(
            new GraphQLError(`This query nests fields ${depth} deep; at most ${maxDepth} levels are allowed.`, {
              nodes: [node],
            }),
          );
        }
        if (fields > maxFields) {
          context.reportError(
            new GraphQLError(`This query asks for ${fields} fields; at most ${maxFields} are allowed in one request.`, {
              nodes: [node],
            }),
          );
        }
      },
    };
  };
}
