import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n.ts';
import { App } from './app/app.tsx';
import { preloadPage } from './app/pages.ts';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Parley into');

// the page's code loads while the words do
preloadPage(window.location.pathname);

// the first screen's words in the detected language (a small file) are loaded before anything is drawn
await i18nReady.catch((error: unknown) => console.error('the interface words did not load', error));

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
