/** Injection token of the validated PlatformConfig. */
export const PLATFORM_CONFIG = Symbol('PlatformConfig');
