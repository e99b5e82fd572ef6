/** Says something to screen-reader users (and shows it briefly as a toast). */
export function announce(message: string): void {
  const region = document.getElementById('announcer');
  if (region) region.textContent = message;
  window.dispatchEvent(new CustomEvent('factdesk:toast', { detail: message }));
}
