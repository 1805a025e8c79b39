import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './i18n/i18n.ts';
import { App } from './app/app.tsx';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element to mount Parley into');

createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
