import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n.ts';
import { App } from './app/app.tsx';
import { preloadPage } from './app/pages.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Parley into');

// the first screen's words in the detected language (small files) and the page's code load side by side, before
// anything is drawn
await Promise.all([
  i18nReady.catch((error: unknown) => console.error('the interface words did not load', error)),
  preloadPage(window.location.pathname),
]);

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
