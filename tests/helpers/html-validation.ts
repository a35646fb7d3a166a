import { readFileSync } from 'node:fs';
import { HtmlValidate, type ConfigData } from 'html-validate';

/** The project's html-validate configuration (`.htmlvalidate.json`: recommended and document presets). */
const validator = new HtmlValidate(JSON.parse(readFileSync('.htmlvalidate.json', 'utf8')) as ConfigData);

/**
 * Validates an HTML document with html-validate and returns its errors as
 * readable lines (« name:line:column rule: message »), none when it is valid.
 */
export async function htmlErrors(html: string, name: string): Promise<string[]> {
  const report = await validator.validateString(html, name);
  return report.results.flatMap((result) =>
    result.messages
      .filter((message) => message.severity === 2)
      .map((message) => `${name}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`),
  );
}
