import { render } from 'preact';
import { PopupApp } from '../../components/PopupApp';
import { popupLink } from '../../workers/popup-link';
import '../../components/page.css';
import '../../components/popup/faces.css';

render(<PopupApp link={popupLink('popup')} />, document.getElementById('app') as HTMLElement);
