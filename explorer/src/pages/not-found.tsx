import { useTitle } from '../hooks';
import { useT } from '../i18n';
import { paths } from '../router';

export function NotFound() {
  const t = useT();
  useTitle(t.common.notFoundTitle);
  return (
    <>
      <h1>{t.common.notFoundTitle}</h1>
      <p>{t.common.notFoundBody}</p>
      <p>
        <a href={paths.home}>{t.common.backToExplorer}</a>
      </p>
    </>
  );
}
