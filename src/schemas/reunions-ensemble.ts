import { z } from 'astro/zod';
import { fact, reportId } from './fields';

/** What the report says about its meetings together: `content/rapport/<id>/reunions/ensemble.yaml`. */
export const reunionsEnsembleSchema = z.object({ rapport: reportId, faits: z.array(fact).min(1) }).strict();
