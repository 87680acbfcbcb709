// Progressive enhancement only: every page works without this script.
import { initAll } from 'govuk-frontend';

document.body.classList.add('js-enabled', 'govuk-frontend-supported');
initAll();

// "Print this page" buttons are hidden until there is a script to press them.
for (const button of document.querySelectorAll('[data-tb-print]')) {
  button.hidden = false;
  button.addEventListener('click', () => window.print());
}
