// The topics a delegate may pick on a profile: the programme content's tags.
import { getProgramme } from '~/lib/content/programme';

/** The ids of the topics a delegate may pick (the content's tags). */
export async function topicIds(): Promise<string[]> {
  return (await getProgramme()).tags.map((t) => t.id);
}
