import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { startInLanguage } from '../../pages/page-language';
import { popupLink } from '../../pages/popup-link';
import '../../components/page.css';
import '../../components/popup/faces.css';

startInLanguage().then(() =>
  render(<PopupApp link={popupLink('popup')} />, document.getElementById('app') as HTMLElement),
);
