import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n.ts';
import { registerSW } from 'virtual:pwa-register';
import { App } from './app/app.tsx';

// the service worker makes the app work offline after the first visit; new versions activate on the next load
registerSW({ immediate: true });

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Parley into');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
