import { render } from 'preact';
import { ReportApp } from '../../components/ReportApp';
import { startInLanguage } from '../../workers/page-language';
import { historyInsights, listStreams, streamDetail } from '../../workers/ui-link';
import '../../components/page.css';
import '../../components/report.css';

startInLanguage('report_title').then(() =>
  render(
    <ReportApp listStreams={listStreams} historyInsights={historyInsights} streamDetail={streamDetail} />,
    document.getElementById('app') as HTMLElement,
  ),
);
