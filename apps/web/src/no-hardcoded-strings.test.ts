// Guard: every sentence a person reads comes from the catalogues — no letters in JSX text or in the JSX
// attributes that assistive technology and tooltips read.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('.', import.meta.url));
const READ_ATTRIBUTES = new Set(['title', 'placeholder', 'aria-label', 'alt', 'label']);
const LETTER = /\p{L}/u;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.tsx') && !/\.test\.tsx$/.test(entry.name) ? [path] : [];
  });
}

/** `file:line  text` for each hard-coded string of one source file. */
function hardCodedStrings(fileName: string, text: string): string[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, value: string) => {
    const { line } = source.getLineAndCharacterOfPosition(node.getStart(source));
    found.push(`${fileName}:${line + 1}  ${JSON.stringify(value.trim())}`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && LETTER.test(node.text)) report(node, node.text);
    // `{'Texte'}` as a child is text too.
    if (
      ts.isJsxExpression(node) &&
      (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)) &&
      node.expression &&
      ts.isStringLiteralLike(node.expression) &&
      LETTER.test(node.expression.text)
    )
      report(node, node.expression.text);
    if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
      const init = node.initializer;
      const literal =
        init && ts.isStringLiteral(init)
          ? init
          : init && ts.isJsxExpression(init) && init.expression && ts.isStringLiteralLike(init.expression)
            ? init.expression
            : null;
      if (literal && LETTER.test(literal.text)) report(node, literal.text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no hard-coded user-facing strings', () => {
  it('finds JSX text and read attributes with letters (the check itself)', () => {
    const sample = [
      'const a = <p title="Bonjour">Texte</p>;',
      'const b = <img alt={"logo"} aria-label={t("x")} />;',
      'const c = <span>{t("k")} – {n}</span>;',
      "const d = <>{'Logipilot'}</>;",
    ].join('\n');
    expect(hardCodedStrings('x.tsx', sample)).toEqual([
      'x.tsx:1  "Bonjour"',
      'x.tsx:1  "Texte"',
      'x.tsx:2  "logo"',
      'x.tsx:4  "Logipilot"',
    ]);
  });

  it('finds none in apps/web/src', () => {
    const found = sourceFiles(SRC).flatMap((file) =>
      hardCodedStrings(relative(SRC, file), readFileSync(file, 'utf8')),
    );
    expect(found).toEqual([]);
  });
});
