export { FrameworkModule } from './framework.module';
