export { AuthProvider } from './auth-provider';
export { useAuth } from './auth-context';
export type { Auth } from './auth-context';
export type { SessionUser } from './session-user';
export { roleLabel, ROLE_LABELS } from './roles';
export type { Role } from './roles';
export { SignInPage } from './sign-in.page';
export { SignOutPage } from './sign-out.page';
