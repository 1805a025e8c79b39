import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { i18nReady } from './i18n/i18n.ts';
import { App } from './app/app.tsx';

// the service worker makes the app work offline after the first visit; new versions activate on the next load.
// It registers once the page has loaded, so that its code does not compete with the first screen's
window.addEventListener(
  'load',
  () => void import('virtual:pwa-register').then(({ registerSW }) => registerSW({ immediate: true })),
  { once: true },
);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Parley into');

// the first screen's words in the detected language (a small file) are loaded before anything is drawn
await i18nReady.catch((error: unknown) => console.error('the interface words did not load', error));

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
