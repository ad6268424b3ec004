import { useEffect, useRef } from 'preact/hooks';
import { sessionExpired, setToken } from './auth';
import { ViewerDocument } from './gql/graphql';
import { canAnswerReports, canWrite, useQuery, useToken, ViewerContext, type ViewerState } from './hooks';
import { setUiLang, uiLang, useT } from './i18n';
import { BusinessCasePage } from './pages/business-case';
import { CaseStudyPage } from './pages/case-study';
import { EditorPage } from './pages/editor';
import { Home } from './pages/home';
import { InitiativePage } from './pages/initiative';
import { NotFound } from './pages/not-found';
import { ReportsPage } from './pages/reports';
import { SignInPage } from './pages/sign-in';
import { ToolkitPage } from './pages/toolkit';
import { matchRoute, paths, takeNavigated, useLocation, type Location, type Route } from './router';

function Page({ route, location }: { route: Route; location: Location }) {
  switch (route.name) {
    case 'home':
      return <Home search={location.search} />;
    case 'caseStudy':
      return <CaseStudyPage id={route.id} />;
    case 'caseStudyNew':
      return <EditorPage id={null} />;
    case 'caseStudyEdit':
      return <EditorPage id={route.id} />;
    case 'initiative':
      return <InitiativePage id={route.id} />;
    case 'businessCase':
      return <BusinessCasePage id={route.id} />;
    case 'toolkit':
      return <ToolkitPage />;
    case 'signIn':
      return <SignInPage search={location.search} />;
    case 'reports':
      return <ReportsPage />;
    case 'notFound':
      return <NotFound />;
  }
}

function StarMark() {
  return (
    <svg class="brand-mark" viewBox="0 0 24 24" width="28" height="28" aria-hidden="true" focusable="false">
      <path d="M12 2l2.9 6.9 7.1.6-5.4 4.7 1.7 7.3L12 17.6 5.7 21.5l1.7-7.3L2 9.5l7.1-.6z" />
    </svg>
  );
}

export function App() {
  const t = useT();
  const location = useLocation();
  const token = useToken();
  const viewerQuery = useQuery(ViewerDocument, {}, { skip: !token });
  const viewer = token ? (viewerQuery.data?.viewer ?? null) : null;
  const viewerState: ViewerState = { viewer, loading: token != null && viewerQuery.loading && !viewerQuery.data };
  const route = matchRoute(location.path);
  const main = useRef<HTMLElement>(null);

  useEffect(() => {
    if (takeNavigated()) main.current?.focus();
  }, [location]);

  const current = (name: Route['name']): 'page' | undefined => (route.name === name ? 'page' : undefined);

  return (
    <ViewerContext.Provider value={viewerState}>
      <a class="skip-link" href="#main">
        {t.app.skipLink}
      </a>
      <header class="site-header">
        <div class="wrap header-row">
          <a class="brand" href={paths.home}>
            <StarMark />
            <span>{t.app.name}</span>
          </a>
          <nav class="site-nav" aria-label={t.app.mainNav}>
            <ul>
              <li>
                <a href={paths.home} aria-current={current('home')}>
                  {t.app.explore}
                </a>
              </li>
              <li>
                <a href={paths.toolkit} aria-current={current('toolkit')}>
                  {t.app.toolkit}
                </a>
              </li>
              {canWrite(viewer) && (
                <li>
                  <a href={paths.caseStudyNew} aria-current={current('caseStudyNew')}>
                    {t.app.newCaseStudy}
                  </a>
                </li>
              )}
              {canAnswerReports(viewer) && (
                <li>
                  <a href={paths.reports} aria-current={current('reports')}>
                    {t.app.reports}
                  </a>
                </li>
              )}
              {!viewer && (
                <li>
                  <a href={paths.signIn()} aria-current={current('signIn')}>
                    {t.app.signIn}
                  </a>
                </li>
              )}
            </ul>
          </nav>
          <div class="account">
            {viewer && (
              <p class="viewer">
                <span class="visually-hidden">{t.app.signedInAs} </span>
                <span class="viewer-org">{viewer.organisation.name}</span>{' '}
                <span class="viewer-role">({viewer.roles.map((r) => t.labels.role[r]).join(', ')})</span>
              </p>
            )}
            {viewer && (
              <button type="button" class="link-button" onClick={() => setToken(null)}>
                {t.app.signOut}
              </button>
            )}
            <button
              type="button"
              class="link-button lang-switch"
              lang={uiLang() === 'en' ? 'cy' : 'en'}
              onClick={() => setUiLang(uiLang() === 'en' ? 'cy' : 'en')}
            >
              {t.app.switchLanguage}
            </button>
          </div>
        </div>
      </header>
      <main id="main" class="wrap" tabIndex={-1} ref={main}>
        {sessionExpired() && !token && route.name !== 'signIn' && (
          <div class="notice notice-warning" role="status">
            <a href={paths.signIn(location.path + location.search)}>{t.signIn.expired}</a>
          </div>
        )}
        <Page key={location.path} route={route} location={location} />
      </main>
      <footer class="site-footer">
        <div class="wrap">
          <p>{t.app.footer}</p>
        </div>
      </footer>
    </ViewerContext.Provider>
  );
}
