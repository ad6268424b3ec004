// Rows shared by the summary lists of case studies and initiatives.
import type { Nation } from '../gql/graphql';
import { useT } from '../i18n';

/** The council that owns a record: name, GSS code and nation, as rows of a summary list. */
export function CouncilDetails({ owner }: { owner: { name: string; gssCode?: string | null; nation: Nation } }) {
  const t = useT();
  return (
    <>
      <div>
        <dt>{t.common.council}</dt>
        <dd class="council-name">{owner.name}</dd>
      </div>
      <div>
        <dt>{t.common.gssCode}</dt>
        <dd class="council-gss">{owner.gssCode ?? t.common.none}</dd>
      </div>
      <div>
        <dt>{t.common.nation}</dt>
        <dd class="council-nation">{t.labels.nation[owner.nation]}</dd>
      </div>
    </>
  );
}

/** A record's tags as a row of a summary list; nothing when it has none. */
export function TagList({ tags }: { tags: readonly string[] }) {
  const t = useT();
  if (tags.length === 0) return null;
  return (
    <div>
      <dt>{t.common.tags}</dt>
      <dd>
        <ul class="tags">
          {tags.map((tag) => (
            <li key={tag}>{tag}</li>
          ))}
        </ul>
      </dd>
    </div>
  );
}
