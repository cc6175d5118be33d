import type { ContentBank } from '../content-types.ts';
import { facets, values } from './culture-values.ts';
import { dimensions, elements } from './elements.ts';
import { levelNotice, levels, scaleLabels } from './levels.ts';
import { traits } from './traits.ts';
import { cultureNudges } from './nudges/culture.ts';
import { employeeEngagementNudges } from './nudges/employee-engagement.ts';
import { experienceDesignNudges } from './nudges/experience-design.ts';
import { innovationNudges } from './nudges/innovation.ts';
import { leadershipNudges } from './nudges/leadership.ts';
import { monitoringNudges } from './nudges/monitoring.ts';
import { processesStructureNudges } from './nudges/processes-structure.ts';
import { traitNudges } from './nudges/traits.ts';
import { visionStrategyNudges } from './nudges/vision-strategy.ts';
import { understandingCustomersNudges } from './nudges/understanding-customers.ts';
import { valueNudges } from './nudges/values.ts';
import { cultureStatements } from './statements/culture.ts';
import { employeeEngagementStatements } from './statements/employee-engagement.ts';
import { enpsStatement } from './statements/enps.ts';
import { experienceDesignStatements } from './statements/experience-design.ts';
import { innovationStatements } from './statements/innovation.ts';
import { leadershipStatements } from './statements/leadership.ts';
import { monitoringStatements } from './statements/monitoring.ts';
import { processesStructureStatements } from './statements/processes-structure.ts';
import { traitStatements } from './statements/traits.ts';
import { understandingCustomersStatements } from './statements/understanding-customers.ts';
import { valueStatements } from './statements/values.ts';
import { visionStrategyStatements } from './statements/vision-strategy.ts';

/** The built-in content, unvalidated; loadContentBank validates it once. */
export function defaultContentBank(): ContentBank {
  return {
    dimensions,
    elements,
    traits,
    facets,
    values,
    levels,
    levelNotice,
    scaleLabels,
    statements: [
      ...understandingCustomersStatements,
      ...visionStrategyStatements,
      ...leadershipStatements,
      ...traitStatements,
      ...cultureStatements,
      ...valueStatements,
      ...experienceDesignStatements,
      ...employeeEngagementStatements,
      ...processesStructureStatements,
      ...monitoringStatements,
      ...innovationStatements,
      enpsStatement,
    ],
    nudges: [
      ...understandingCustomersNudges,
      ...visionStrategyNudges,
      ...leadershipNudges,
      ...traitNudges,
      ...cultureNudges,
      ...valueNudges,
      ...experienceDesignNudges,
      ...employeeEngagementNudges,
      ...processesStructureNudges,
      ...monitoringNudges,
      ...innovationNudges,
    ],
  };
}
