/**
 * MDX syntax errors said in French, with a hint that fits the mistake. The MDX
 * parser (micromark's MDX extensions) reports in English and, for an HTML
 * comment, suggests `{/* … *\/}`, which the content guard refuses: an editor
 * gets instead what to write.
 */
import type { ContentProblem } from './content-errors';

/** What the MDX parser's error carries (a vfile message): its text, place and rule. */
export interface MdxSyntaxError {
  message: string;
  line?: number;
  column?: number;
  ruleId?: string;
  source?: string;
}

/** The character the parser stopped at, from its message: `Unexpected character `1` (U+0031)` → `1`. */
function unexpectedCharacter(message: string): string | undefined {
  return /Unexpected character `(.+?)` \(U\+/.exec(message)?.[1];
}

/** The French explanation and hint of one MDX syntax error. */
function explain(error: MdxSyntaxError): string {
  const char = unexpectedCharacter(error.message);
  if (char === '!' || /comment/i.test(error.message)) {
    return 'commentaire HTML (<!-- … -->) : les commentaires ne sont pas permis dans le contenu, retirez-le';
  }
  if (error.source?.endsWith('mdx-jsx')) {
    if (char !== undefined) {
      return `« < » suivi de « ${char} » est lu comme le début d’une balise : pour un signe inférieur, écrivez &lt; ou mettez une espace après « < »`;
    }
    return 'balise « < » jamais fermée : pour un signe inférieur, écrivez &lt; ou mettez une espace après « < »';
  }
  if (error.source?.endsWith('mdx-expression')) {
    return 'accolade « { » sans sa fermante : les accolades s’écrivent \\{ et \\}';
  }
  return 'syntaxe MDX invalide : vérifiez les caractères < > { } de cette ligne (écrivez &lt; pour « < », \\{ pour « { »)';
}

/**
 * The problem of an MDX syntax error, in French, with its line and column:
 * `taux <10 %` → ligne 7, colonne 7, « « < » suivi de « 1 » est lu comme le
 * début d’une balise : … écrivez &lt; ou mettez une espace après « < » ».
 */
export function mdxSyntaxProblem(error: MdxSyntaxError): ContentProblem {
  return {
    field: '',
    ...(error.line ? { line: error.line } : {}),
    ...(error.line && error.column ? { column: error.column } : {}),
    message: `MDX illisible : ${explain(error)}`,
  };
}
