import { render } from 'preact';
import { ReportApp } from '../../components/ReportApp';
import { historyInsights, listStreams } from '../../workers/ui-link';
import '../../components/page.css';

render(
  <ReportApp listStreams={listStreams} historyInsights={historyInsights} />,
  document.getElementById('app') as HTMLElement,
);
