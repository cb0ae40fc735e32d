import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { startInLanguage } from '../../workers/page-language';
import { popupLink } from '../../workers/popup-link';
import '../../components/page.css';
import '../../components/popup/faces.css';

startInLanguage().then(() =>
  render(<PopupApp link={popupLink('popup')} />, document.getElementById('app') as HTMLElement),
);
