import type { Reporter, TestModule } from 'vitest/node';

/**
 * Names the test files a dying worker took with it. When a worker process exits in the middle of a
 * file (a native crash, a fatal V8 error), Vitest reports only "Worker exited unexpectedly" and counts
 * the file in neither column; this says which file it was, which of its tests were running and how
 * long after the file began, at the end of the run where a CI log's tail still shows it.
 */
export default class CutOffFilesReporter implements Reporter {
  private readonly started = new Map<string, number>();

  onTestModuleStart(module: TestModule): void {
    this.started.set(module.moduleId, Date.now());
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const cutOff = modules.filter((module) => {
      const state = module.state();
      return state === 'pending' || state === 'queued';
    });
    if (!cutOff.length) return;
    const lines = cutOff.map((module) => {
      const began = this.started.get(module.moduleId);
      const running = [...module.children.allTests()].filter((test) => test.result().state === 'pending').map((test) => `    running: ${test.fullName}`);
      const when = began === undefined ? 'never started' : `started ${Math.round((Date.now() - began) / 1000)} s before the end of the run`;
      return [`  ${module.project.name} ${module.relativeModuleId} (${module.state()}, ${when})`, ...running].join('\n');
    });
    process.stderr.write(`\nTest files left without a result (their worker stopped before they ended):\n${lines.join('\n')}\n`);
  }
}
