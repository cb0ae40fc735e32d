import { render } from 'preact';
import { ImportApp } from '../../components/import/ImportApp';
import { importLink } from '../../pages/import-link';
import { startInLanguage } from '../../pages/page-language';
import { loadSettings } from '../../storage/settings-store';
import '../../components/page.css';
import '../../components/import/import.css';

// The words' language first, then the page (its defaults come from the same settings).
startInLanguage('import_title')
  .then(loadSettings)
  .then((s) =>
    render(
      <ImportApp link={importLink()} defaults={{ timeZone: s.timezone, retentionDays: s.retentionDays }} />,
      document.getElementById('app') as HTMLElement,
    ),
  );
