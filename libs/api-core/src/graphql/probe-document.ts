import {
  Kind,
  getNamedType,
  isCompositeType,
  isLeafType,
  type DocumentNode,
  type FieldNode,
  type GraphQLLeafType,
  type GraphQLSchema,
  type OperationDefinitionNode,
} from 'graphql';

/** A field selected directly on a root field's value, and its type when that is a leaf (else null). */
export interface SelectedField {
  readonly fieldName: string;
  readonly leafType: GraphQLLeafType | null;
}

/** A query operation as far as keeping its answer goes: a probe of it, and what its root fields select. */
export interface ProbedOperation {
  /** The operation with each root field asking only for `__typename`: runs the resolvers, builds nothing. */
  readonly probe: DocumentNode;
  /** Per root response key, the fields selected directly on its value, by response key. */
  readonly selected: ReadonlyMap<string, ReadonlyMap<string, SelectedField>>;
}

/**
 * The probe of a query operation whose root selections are all plain fields (the compiled queries
 * plugin checks that). Null when a root field's own selection holds a fragment or a directive:
 * then which fields it shows is not plain from the text, and its answer is not kept.
 */
export function probeOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
): ProbedOperation | null {
  const queryType = schema.getQueryType();
  if (!queryType) return null;
  const selected = new Map<string, Map<string, SelectedField>>();
  const probeFields: FieldNode[] = [];
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) return null;
    const rootField = queryType.getFields()[selection.name.value];
    if (!rootField) return null;
    const rootType = getNamedType(rootField.type);
    const fields = new Map<string, SelectedField>();
    for (const inner of selection.selectionSet?.selections ?? []) {
      if (inner.kind !== Kind.FIELD || inner.directives?.length) return null;
      const innerType =
        isCompositeType(rootType) && 'getFields' in rootType ? rootType.getFields()[inner.name.value]?.type : undefined;
      const named = innerType ? getNamedType(innerType) : undefined;
      fields.set((inner.alias ?? inner.name).value, {
        fieldName: inner.name.value,
        leafType: named && isLeafType(named) ? named : null,
      });
    }
    selected.set((selection.alias ?? selection.name).value, fields);
    probeFields.push({
      ...selection,
      selectionSet: isCompositeType(rootType)
        ? {
            kind: Kind.SELECTION_SET,
            selections: [{ kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } }],
          }
        : undefined,
    });
  }
  const probeOperation: OperationDefinitionNode = {
    ...operation,
    selectionSet: { ...operation.selectionSet, selections: probeFields },
  };
  return {
    probe: {
      ...document,
      definitions: document.definitions.map((definition) => (definition === operation ? probeOperation : definition)),
    },
    selected,
  };
}
