import { render } from 'preact';
import { App } from './app';
import { uiLang } from './i18n';
import { startRouter } from './router';
import './styles.css';

document.documentElement.lang = uiLang();
startRouter();
const root = document.getElementById('app');
if (root) render(<App />, root);
