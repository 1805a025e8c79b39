import { z } from 'zod';
import { LOCALES, OUTCOMES } from '../scenario/schema.ts';

/**
 * Golden transcripts: `scenarios/<id>.golden.yaml` beside each scenario. Each transcript is a script (the same
 * lines as `parley play --replies`: a reply per line, `/action [priority]`, `/wait N`) and what it must reach.
 */
export const goldenFileSchema = z
  .object({
    scenario: z.string().min(1).meta({ description: 'the id of the scenario these transcripts play' }),
    transcripts: z
      .array(
        z
          .object({
            name: z.string().min(1),
            description: z.string().optional(),
            locale: z.enum(LOCALES),
            seed: z.string().optional(),
            replies: z.array(z.string()).min(1).meta({ description: "script lines: a reply, '/send_official_link', '/create_ticket urgent', '/wait 60'" }),
            expect: z
              .object({
                end: z.enum(OUTCOMES).nullable().meta({ description: 'the outcome reached; null when the conversation should still be open' }),
                score: z
                  .object({ min: z.number().min(0).max(100), max: z.number().min(0).max(100) })
                  .strict()
                  .optional()
                  .meta({ description: 'the overall score band' }),
                beats: z.array(z.string()).optional().meta({ description: 'beats that must be visited, in this order (others may come between)' }),
                checkpoints: z
                  .object({ met: z.array(z.string()).optional(), missed: z.array(z.string()).optional() })
                  .strict()
                  .optional(),
                critical: z.boolean().optional().meta({ description: 'whether a critical violation (privacy) must be reported' }),
              })
              .strict(),
          })
          .strict(),
      )
      .min(1),
  })
  .strict();

export type GoldenFile = z.infer<typeof goldenFileSchema>;
export type GoldenTranscript = GoldenFile['transcripts'][number];
