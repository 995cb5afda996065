import { createRoot } from 'react-dom/client';
import { App } from './app.tsx';
import './styles.css';
import './classroom/classroom.css';
import './high-contrast.css';

const root = document.querySelector('#root');
if (root) createRoot(root).render(<App />);
