import { render } from 'preact';
import { ReportApp } from '../../components/report/ReportApp';
import { startInLanguage } from '../../pages/page-language';
import { historyInsights, listStreams, streamDetail } from '../../pages/ui-link';
import '../../components/page.css';
import '../../components/report/report.css';

startInLanguage('report_title').then(() =>
  render(
    <ReportApp listStreams={listStreams} historyInsights={historyInsights} streamDetail={streamDetail} />,
    document.getElementById('app') as HTMLElement,
  ),
);
