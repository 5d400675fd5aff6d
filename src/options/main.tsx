import { render } from 'preact';
import '../shared/theme.css';
import './options.css';
import { Options } from './Options';

render(<Options />, document.getElementById('app')!);
