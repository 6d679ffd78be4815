export { ActionsModule } from './actions.module';
export { AddImprovementActionCommand } from './add-improvement-action/add-improvement-action.command';
export { UpdateImprovementActionCommand } from './update-improvement-action/update-improvement-action.command';
export { GetImprovementActionQuery } from './get-improvement-action/get-improvement-action.query';
