import { render } from 'preact';
import { browser } from 'wxt/browser';
import { PopupApp } from '../../components/PopupApp';
import { manualCount, pickOnActiveTab, tabCaptureStatus } from '../../workers/tab-link';
import { getLatestEstimate, onEstimate } from '../../workers/ui-link';
import '../../components/page.css';

const link = {
  getEstimate: getLatestEstimate,
  onEstimate,
  reportUrl: browser.runtime.getURL('/report.html'),
  optionsUrl: browser.runtime.getURL('/options.html'),
  capture: { status: tabCaptureStatus, pick: pickOnActiveTab, manualCount },
};
render(<PopupApp link={link} />, document.getElementById('app') as HTMLElement);
