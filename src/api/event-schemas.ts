import { z } from 'zod';
import { eventProblems } from '../events/event';

/** An event's id, as `.lanyard/events.yml` keeps it and day posts name it. */
export const eventId = z
  .string()
  .max(60, 'an event id is at most 60 characters')
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    'The id must be lowercase letters, digits and single hyphens, like devconf-2026.',
  );
const eventText = z.string().max(2048).nullable().optional();
/** An event as the form gives it, checked by the events' own rules. */
export const eventInput = z
  .strictObject({
    id: eventText,
    name: z.string().max(2048),
    start: z.string().max(100),
    end: z.string().max(100),
    timezone: z.string().max(100),
    location: eventText,
    hashtag: eventText,
    link: eventText,
    tags: z.array(z.string().max(200)).max(100).optional(),
    titleTemplate: eventText,
    template: eventText,
    cover: eventText,
    layout: eventText,
    seriesLinks: z.boolean().optional(),
  })
  .superRefine((event, context) => {
    for (const message of eventProblems(event)) context.addIssue({ code: 'custom', message });
  });
