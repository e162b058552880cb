/** An ingest failure that names the file (and line, where there is one) and what to do about it. */
export class IngestError extends Error {
  readonly file: string;
  readonly line: number | undefined;
  readonly hint: string;

  constructor(file: string, problem: string, hint: string, line?: number) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}. ${hint.charAt(0).toUpperCase()}${hint.slice(1)}.`);
    this.name = 'IngestError';
    this.file = file;
    this.line = line;
    this.hint = hint;
  }
}
