/** `/donnees/rapport.schema.json` and the others: the JSON Schemas of the open data (`src/lib/open-data-schemas.ts`). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_SCHEMAS } from '../../lib/open-data-schemas';
import { jsonText } from '../../lib/open-data-json';

export const getStaticPaths = (() =>
  Object.entries(DATA_SCHEMAS).map(([nom, schema]) => ({
    params: { nom },
    props: { schema },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ schema: object }> = ({ props }) =>
  new Response(jsonText(props.schema), { headers: { 'content-type': 'application/schema+json; charset=utf-8' } });
