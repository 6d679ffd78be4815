// Entry point: GOV.UK Frontend's styles, the app's few own rules and its print rules, then the app.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'govuk-frontend/dist/govuk/govuk-frontend.min.css';
import './styles/app.css';
import './styles/print.css';
import { App } from './app/app';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
