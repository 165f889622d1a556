import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isCompositeType,
  isListType,
  isObjectType,
  isInterfaceType,
  Kind,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValidationContext,
  type ValidationRule,
} from 'graphql';

/** Arguments that bound how many items a list field returns. */
const SIZE_ARGS = ['first', 'limit', 'last'];
/** Items assumed for a list field without a size argument (members, reactions, attachments...). */
export const DEFAULT_LIST_SIZE = 10;

/**
 * Refuses an operation with more than `maxRootFields` root fields or more than `maxAliases`
 * aliased fields (fragments followed): one request cannot repeat an expensive field under many
 * names (`a: me b: me ...`, 40 × `serverInfo`).
 */
export function operationShapeLimits(maxRootFields: number, maxAliases: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = fragmentsOf(context.getDocument());
    return {
      OperationDefinition(op) {
        let roots = 0;
        let aliases = 0;
        const walk = (set: SelectionSetNode, depth: number, seen: Set<string>) => {
          for (const s of set.selections) {
            if (s.kind === Kind.FIELD) {
              if (depth === 0 && !s.name.value.startsWith('__')) roots++;
              if (s.alias && s.alias.value !== s.name.value) aliases++;
              if (s.selectionSet) walk(s.selectionSet, depth + 1, seen);
            } else if (s.kind === Kind.INLINE_FRAGMENT) walk(s.selectionSet, depth, seen);
            else {
              const frag = fragments.get(s.name.value);
              if (frag && !seen.has(frag.name.value)) walk(frag.selectionSet, depth, new Set([...seen, frag.name.value]));
            }
          }
        };
        walk(op.selectionSet, 0, new Set());
        if (roots > maxRootFields)
          context.reportError(new GraphQLError(`the operation asks for ${roots} root fields; the limit is ${maxRootFields}`, { nodes: [op] }));
        if (aliases > maxAliases) context.reportError(new GraphQLError(`the operation uses ${aliases} aliases; the limit is ${maxAliases}`, { nodes: [op] }));
      },
    };
  };
}

const fragmentsOf = (document: DocumentNode) =>
  new Map(document.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((d) => [d.name.value, d]));

/** The operation graphql-js would run: the named one, or the only one. */
export function operationOf(document: DocumentNode, operationName?: string | null): OperationDefinitionNode | undefined {
  const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  return operationName ? ops.find((o) => o.name?.value === operationName) : ops.length === 1 ? ops[0] : undefined;
}

/**
 * What an operation may cost, before it runs: every field that returns an object costs 1, times
 * the number of items its list parents may return (`first`, `limit` or `last`, from a literal or a
 * variable, else the argument's default, else DEFAULT_LIST_SIZE; on a page or connection field
 * the size applies to its lists). Scalars are free: they are read from objects already fetched.
 * So `messages(limit: 50) { messages { sender { name } } }` costs 1 + 50 × (1 + 1) = 101.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string | null,
  variables?: Readonly<Record<string, unknown>> | null,
): number {
  const op = operationOf(document, operationName);
  const root = op && schema.getRootType(op.operation);
  if (!op || !root) return 0;
  const fragments = fragmentsOf(document);
  const vars = variables ?? {};

  // Root fields cost at least 1 each, scalar or not: each is a call to a service. A size argument
  // on a field that returns one object (a page, a connection) sizes the lists inside it.
  const costOf = (set: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>, atRoot: boolean, pageSize?: number): number => {
    let total = 0;
    for (const s of set.selections) {
      if (s.kind === Kind.FIELD) {
        if (s.name.value.startsWith('__')) continue;
        const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[s.name.value] : undefined;
        if (!field) continue;
        const named = getNamedType(field.type);
        if (!isCompositeType(named) || !s.selectionSet) {
          if (atRoot) total += 1;
          continue;
        }
        const sizeArg = field.args.find((a) => SIZE_ARGS.includes(a.name));
        const given = sizeArg && s.arguments?.find((a) => a.name.value === sizeArg.name);
        const value = given ? valueFromASTUntyped(given.value, vars) : sizeArg?.defaultValue;
        const size = typeof value === 'number' && value >= 0 ? value : undefined;
        const list = isListType(getNullableType(field.type));
        const items = list ? (size ?? pageSize ?? DEFAULT_LIST_SIZE) : 1;
        total += items * (1 + costOf(s.selectionSet, named, seen, false, list ? undefined : size));
      } else if (s.kind === Kind.INLINE_FRAGMENT) {
        const on = s.typeCondition ? schema.getType(s.typeCondition.name.value) : parent;
        if (on && isCompositeType(on)) total += costOf(s.selectionSet, on, seen, atRoot, pageSize);
      } else {
        const frag = fragments.get(s.name.value);
        const on = frag && schema.getType(frag.typeCondition.name.value);
        if (frag && on && isCompositeType(on) && !seen.has(frag.name.value))
          total += costOf(frag.selectionSet, on, new Set([...seen, frag.name.value]), atRoot, pageSize);
      }
    }
    return total;
  };
  return costOf(op.selectionSet, root, new Set(), true, undefined);
}
