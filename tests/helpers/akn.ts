import { readFileSync } from 'node:fs';
import { validateXML } from 'xmllint-wasm';

/**
 * Validates Akoma Ntoso documents against the vendored OASIS schema
 * (`vendor/akn/akomantoso30.xsd`, which imports `xml.xsd`) with libxml2 built to
 * WebAssembly: no system tool, no network. Returns one line per error,
 * « file:line: message », empty when every document is valid.
 */
export async function aknErrors(files: readonly { fileName: string; contents: string }[]): Promise<string[]> {
  const result = await validateXML({
    xml: files.map((file) => ({ fileName: file.fileName, contents: file.contents })),
    schema: [{ fileName: 'akomantoso30.xsd', contents: readFileSync('vendor/akn/akomantoso30.xsd', 'utf8') }],
    preload: [{ fileName: 'xml.xsd', contents: readFileSync('vendor/akn/xml.xsd', 'utf8') }],
    maxMemoryPages: 4096,
  });
  return result.errors.map(
    (error) => `${error.loc?.fileName ?? '?'}:${error.loc?.lineNumber ?? '?'}: ${error.message}`,
  );
}
