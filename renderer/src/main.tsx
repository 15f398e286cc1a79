import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { BridgeMissing } from './components/BridgeMissing';
import { connectLanyard } from './lanyard-api';
import { reportUncaughtErrors } from './lib/error-reporting';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');
const api = connectLanyard();
if (api) reportUncaughtErrors(api);

createRoot(container).render(<StrictMode>{api ? <App api={api} /> : <BridgeMissing />}</StrictMode>);
