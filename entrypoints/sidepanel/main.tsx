import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { startInLanguage } from '../../workers/page-language';
import { popupLink } from '../../workers/popup-link';
import '../../components/page.css';
import '../../components/popup/faces.css';

// The popup's view, kept open beside the page (Chrome's side panel, Firefox's sidebar).
startInLanguage().then(() =>
  render(<PopupApp link={popupLink('sidepanel')} />, document.getElementById('app') as HTMLElement),
);
