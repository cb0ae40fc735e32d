import { render } from 'preact';
import { ImportApp } from '../../components/import/ImportApp';
import { importLink } from '../../workers/import/link';
import { startInLanguage } from '../../workers/page-language';
import { loadSettings } from '../../workers/settings-store';
import '../../components/page.css';
import '../../components/import.css';

// The words' language first, then the page (its defaults come from the same settings).
startInLanguage('import_title')
  .then(loadSettings)
  .then((s) =>
    render(
      <ImportApp link={importLink()} defaults={{ timeZone: s.timezone, retentionDays: s.retentionDays }} />,
      document.getElementById('app') as HTMLElement,
    ),
  );
