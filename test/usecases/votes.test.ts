import { exampleAppPorts } from '../support/app-ports.js';
import { graphAppPorts } from '../support/graph-app-ports.js';
import { voteScenario } from './votes.suite.js';

voteScenario('the embedded store', () => exampleAppPorts('2026-03-02T09:00:00Z'));
voteScenario('Microsoft 365 (SharePoint lists through the Graph fake)', () =>
  graphAppPorts('2026-03-02T09:00:00Z'),
);
