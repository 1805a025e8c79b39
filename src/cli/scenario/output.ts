/** stop quietly when the reader goes away (`parley schema | head`), instead of a broken-pipe stack trace */
export function exitOnBrokenPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit();
  });
}

/** columns to lay text out in: the terminal's, kept between 40 and 100; 80 when not on a terminal */
export function terminalWidth(): number {
  const columns = process.stdout.isTTY ? process.stdout.columns : 80;
  return Math.min(100, Math.max(40, columns || 80));
}
