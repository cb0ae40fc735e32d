import { render } from 'preact';
import { ReportApp } from '../../components/ReportApp';
import { listStreams } from '../../workers/ui-link';
import '../../components/page.css';

render(<ReportApp listStreams={listStreams} />, document.getElementById('app') as HTMLElement);
