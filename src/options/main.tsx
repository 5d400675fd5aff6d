import { render } from 'preact';
render(<p>Reply Coach</p>, document.getElementById('app')!);
