/** Content problems as every checker reports them (file, line, fix), and the error the build throws for them. */

export interface Problem {
  file: string;
  line?: number;
  message: string;
}

export function formatProblem(problem: Problem): string {
  return `${problem.file}${problem.line ? `:${problem.line}` : ''}: ${problem.message}`;
}

/** Thrown by the data layer and the Markdown plugin: one line per problem, so the build log names each file. */
export class ContentError extends Error {
  readonly problems: Problem[];

  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join('\n'));
    this.name = 'ContentError';
    this.problems = problems;
  }
}

/** Throws a ContentError when there are problems. */
export function throwProblems(problems: Problem[]): void {
  if (problems.length) throw new ContentError(problems);
}
