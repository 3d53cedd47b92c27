/**
 * Proxy mode (`--upstream URL`): the contract's pipeline in front of the real service, over mutual
 * TLS, holding every request and answer to the contract, and recording upstream cases as sandbox
 * case files with personal data replaced.
 */
export { createProxyApp, VIOLATIONS_HEADER, type ProxyOptions } from "./proxy-app";
export { answerViolations, type ContractViolation, type UpstreamAnswer } from "./answer-check";
export { UpstreamFailure, type Upstream } from "./forward";
export { upstreamAgent, type UpstreamTlsFiles } from "./upstream-tls";
export { createRecorder, type Recorder, type RecorderOptions } from "./recorder";
export { createPseudonyms, type Pseudonyms } from "./pseudonyms";
