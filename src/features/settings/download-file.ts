/** hands a text to the browser as a file download; nothing leaves the device */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // revoking at once can cancel the download in some browsers
  window.setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
