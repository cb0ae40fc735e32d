import { render } from 'preact';
import { downloadText } from '../../components/options/download';
import { OptionsApp } from '../../components/options/OptionsApp';
import { loadSettings, saveSettings } from '../../workers/settings-store';
import '../../components/page.css';
import '../../components/options.css';

const link = { load: loadSettings, save: saveSettings, download: downloadText };
render(<OptionsApp link={link} />, document.getElementById('app') as HTMLElement);
