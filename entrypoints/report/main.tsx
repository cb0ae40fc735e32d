import { render } from 'preact';
import { ReportApp } from '../../components/ReportApp';
import { historyInsights, listStreams, streamDetail } from '../../workers/ui-link';
import '../../components/page.css';
import '../../components/report.css';

render(
  <ReportApp listStreams={listStreams} historyInsights={historyInsights} streamDetail={streamDetail} />,
  document.getElementById('app') as HTMLElement,
);
