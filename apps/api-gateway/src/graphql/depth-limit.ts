import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext, type ValidationRule } from 'graphql';

/**
 * Refuses operations nested deeper than `max` selection levels (fragments followed), so one
 * request cannot ask for an unbounded tree of chats → members → users → ...
 */
export function depthLimit(max: number): ValidationRule {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);

    const depthOf = (node: ASTNode, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith('__')) return 0;
          if (!node.selectionSet) return 0;
          return 1 + Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, seen)));
        }
        case Kind.INLINE_FRAGMENT:
          return Math.max(0, ...node.selectionSet.selections.map((s) => depthOf(s, seen)));
        case Kind.FRAGMENT_SPREAD: {
          const name = node.name.value;
          const frag = fragments.get(name);
          if (!frag || seen.has(name)) return 0;
          return Math.max(0, ...frag.selectionSet.selections.map((s) => depthOf(s, new Set([...seen, name]))));
        }
        default:
          return 0;
      }
    };

    return {
      OperationDefinition(op) {
        const depth = Math.max(0, ...op.selectionSet.selections.map((s) => depthOf(s, new Set())));
        if (depth > max) context.reportError(new GraphQLError(`query is nested ${depth} levels deep; the limit is ${max}`, { nodes: [op] }));
      },
    };
  };
}
