// Browser entry: creates the i18n instance in the remembered language and mounts the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import { createI18n, initialLang } from './app/i18n.ts';
import './styles.css';

const container = document.getElementById('root');
if (container) {
  const i18n = createI18n(initialLang());
  createRoot(container).render(
    <StrictMode>
      <App i18n={i18n} />
    </StrictMode>,
  );
}
