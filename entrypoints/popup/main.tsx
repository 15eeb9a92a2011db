import { PopupApp } from './PopupApp.tsx';
import { mountExtensionPage } from '../../utils/extension-page.tsx';

performance.mark('backstory:popup-start');
mountExtensionPage(<PopupApp />, 'extName');
