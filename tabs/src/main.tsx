import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App.js';

// `/` is the dashboard; keep one address per screen.
if (window.location.pathname === '/') window.history.replaceState(null, '', '/dashboard');

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
