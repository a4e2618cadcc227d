// TypeDoc plugin: documents the properties of types inferred from zod schemas with
// the text of the schema field's `.describe("...")`, so that each field's description
// is written once, in the schema, and still shows in the API reference.
import { Comment, Converter, ReflectionKind, TypeScript as ts } from "typedoc";

/** The string passed to `.describe()` somewhere in a schema expression's call chain. */
function describedText(expression) {
  let node = expression;
  while (node && ts.isCallExpression(node)) {
    const callee = node.expression;
    if (ts.isPropertyAccessExpression(callee)) {
      const [arg] = node.arguments;
      if (callee.name.text === "describe" && arg && ts.isStringLiteralLike(arg)) return arg.text;
      node = callee.expression;
    } else {
      break;
    }
  }
  return undefined;
}

/** The schema expression behind a property: its initializer, following a schema held in a variable. */
function initializerOf(declaration, checker) {
  if (ts.isPropertyAssignment(declaration)) {
    const value = declaration.initializer;
    if (!ts.isIdentifier(value)) return value;
    let symbol = checker.getSymbolAtLocation(value);
    if (symbol && symbol.flags & ts.SymbolFlags.Alias) symbol = checker.getAliasedSymbol(symbol);
    const target = symbol?.valueDeclaration;
    return target && ts.isVariableDeclaration(target) ? target.initializer : value;
  }
  if (ts.isShorthandPropertyAssignment(declaration)) {
    const symbol = checker.getShorthandAssignmentValueSymbol(declaration);
    const target = symbol?.valueDeclaration;
    return target && ts.isVariableDeclaration(target) ? target.initializer : undefined;
  }
  return undefined;
}

export function load(app) {
  app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
    if (!reflection.kindOf(ReflectionKind.Property) || reflection.comment) return;
    const symbol = context.getSymbolFromReflection(reflection);
    for (const declaration of symbol?.declarations ?? []) {
      let expression = initializerOf(declaration, context.checker);
      // `...articleShape` spreads and `articleShape.id.nullable()` chains: walk to a literal `.describe()`
      let text = expression && describedText(expression);
      while (!text && expression && ts.isCallExpression(expression) && ts.isPropertyAccessExpression(expression.expression)) {
        expression = expression.expression.expression;
        if (ts.isPropertyAccessExpression(expression)) {
          const target = context.checker.getSymbolAtLocation(expression)?.valueDeclaration;
          expression = target ? initializerOf(target, context.checker) : undefined;
        }
        text = expression && describedText(expression);
      }
      if (text) {
        reflection.comment = new Comment([{ kind: "text", text }]);
        return;
      }
    }
  });
}
