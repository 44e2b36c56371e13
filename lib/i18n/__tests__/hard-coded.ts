import ts from 'typescript';

// Finds words a component shows without the messages: JSX text, and string literals given to the attributes a
// person or a screen reader reads, or shown as a JSX child (directly or as a branch of ?:, ??, ||, &&).

/** Attributes whose value is read: the accessible name, a hint, a tooltip. */
const READ_ATTRIBUTES = new Set(['aria-label', 'aria-description', 'title', 'placeholder', 'label', 'alt', 'summary']);
/** Elements whose content is code the user types or reads as is: `x-api-key`, `ak_test_`, a shortcut. */
const CODE_ELEMENTS = new Set(['code', 'kbd']);
const HAS_LETTER = /\p{L}/u;

export interface Finding {
  line: number;
  text: string;
}

function tagName(node: ts.JsxElement): string {
  return node.openingElement.tagName.getText();
}

function insideCode(node: ts.Node): boolean {
  for (let p = node.parent; p; p = p.parent) if (ts.isJsxElement(p) && CODE_ELEMENTS.has(tagName(p))) return true;
  return false;
}

/** A literal shown as the value of a JSX child or a read attribute, through ?:, ??, ||, && and parentheses. */
function shownAs(node: ts.Node): 'child' | 'attribute' | null {
  let n: ts.Node = node;
  for (;;) {
    const p = n.parent;
    if (ts.isParenthesizedExpression(p) || (ts.isConditionalExpression(p) && p.condition !== n)) n = p;
    else if (
      ts.isBinaryExpression(p) &&
      [ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.BarBarToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(
        p.operatorToken.kind,
      ) &&
      p.right === n
    )
      n = p;
    else break;
  }
  const p = n.parent;
  if (ts.isJsxExpression(p)) {
    if (ts.isJsxAttribute(p.parent)) return READ_ATTRIBUTES.has(p.parent.name.getText()) ? 'attribute' : null;
    return 'child';
  }
  if (ts.isJsxAttribute(p)) return READ_ATTRIBUTES.has(p.name.getText()) ? 'attribute' : null;
  return null;
}

function literalText(node: ts.Node): string | null {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node))
    return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
  return null;
}

export function findHardCoded(fileName: string, source: string, allowed: ReadonlySet<string> = new Set()): Finding[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: Finding[] = [];
  const report = (node: ts.Node, text: string) => {
    const trimmed = text.replace(/\s+/g, ' ').trim();
    if (!HAS_LETTER.test(trimmed) || allowed.has(trimmed) || insideCode(node)) return;
    found.push({ line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: trimmed });
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else {
      const text = literalText(node);
      if (text !== null && shownAs(node)) report(node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}
