import { render } from 'preact';
import { PopupApp } from '../../components/popup/PopupApp';
import { startInLanguage } from '../../pages/page-language';
import { popupLink } from '../../pages/popup-link';
import '../../components/page.css';
import '../../components/popup/faces.css';

// The popup's view, kept open beside the page (Chrome's side panel, Firefox's sidebar).
startInLanguage().then(() =>
  render(<PopupApp link={popupLink('sidepanel')} />, document.getElementById('app') as HTMLElement),
);
