import { cycleTitle } from './cycleLabels';
import { listCycles } from './cyclesApi';
import { listPlans } from './plansApi';

/** The open improvement cycles of this school year's plan, named for a chooser. */
export async function openCycleChoices(teamId: string): Promise<{ id: string; label: string }[]> {
  const list = await listPlans(teamId);
  const plan = list.plans.find((p) => p.schoolYear === list.currentSchoolYear) ?? list.plans[0];
  if (!plan) return [];
  const { cycles } = await listCycles(teamId, plan.id);
  return cycles
    .filter((cycle) => cycle.closedAt === null && cycle.archivedAt === null)
    .map((cycle) => ({ id: cycle.id, label: cycleTitle(cycle.number, cycle.changeIdea) }));
}
