import { render } from 'preact';
import { ImportApp } from '../../components/import/ImportApp';
import { importLink } from '../../workers/import/link';
import '../../components/page.css';
import '../../components/import.css';

render(<ImportApp link={importLink()} />, document.getElementById('app') as HTMLElement);
