import { createRoot } from 'react-dom/client';
import 'prosemirror-view/style/prosemirror.css';
import './styles.css';
import { App } from './App';

createRoot(document.getElementById('root')!).render(<App />);
