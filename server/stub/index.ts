/**
 * init-stub: a TypeScript project that implements the service with the pipeline's public API,
 * its handlers answering 404 / 80002 for every case until the implementer looks cases up.
 */
export { nextSteps, writeStub, type WrittenStub } from "./write-stub";
export { projectName, STUB_DEV_VERSIONS, STUB_PACKAGES, stubFiles, tarballOf, type StubFacts } from "./stub-files";
