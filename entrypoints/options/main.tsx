import { render } from 'preact';
import { DataSection } from '../../components/options/DataSection';
import { OptionsApp } from '../../components/options/OptionsApp';
import { dataLink, optionsLink } from '../../pages/options-link';
import { startInLanguage } from '../../pages/page-language';
import '../../components/page.css';
import '../../components/options/options.css';

startInLanguage('options_title').then(() =>
  render(
    <>
      <OptionsApp link={optionsLink} />
      <div class="page options">
        <DataSection link={dataLink} />
      </div>
    </>,
    document.getElementById('app') as HTMLElement,
  ),
);
