import { render } from 'preact';
import { ImportApp } from '../../components/import/ImportApp';
import { importLink } from '../../workers/import/link';
import { loadSettings } from '../../workers/settings-store';
import '../../components/page.css';
import '../../components/import.css';

loadSettings().then((s) =>
  render(
    <ImportApp link={importLink()} defaults={{ timeZone: s.timezone, retentionDays: s.retentionDays }} />,
    document.getElementById('app') as HTMLElement,
  ),
);
