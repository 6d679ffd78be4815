import helmet from 'helmet';
import { securityHeaders } from './security-headers';

describe('security headers worked out at start', () => {
  it('are the headers Helmet sets, by lower-case name', () => {
    const headers = securityHeaders(helmet({ contentSecurityPolicy: { directives: { defaultSrc: ["'self'"] } } }));
    expect(headers).toMatchObject({
      'content-security-policy': expect.stringContaining("default-src 'self'"),
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'strict-transport-security': expect.stringContaining('max-age='),
    });
    expect(Object.isFrozen(headers)).toBe(true);
  });

  it('leave out a header the middleware removes', () => {
    const headers = securityHeaders((_request, response, next) => {
      response.setHeader('X-Powered-By', 'something');
      response.setHeader('X-Frame-Options', 'DENY');
      response.removeHeader('X-Powered-By');
      next();
    });
    expect(headers).toEqual({ 'x-frame-options': 'DENY' });
  });

  it('refuse a middleware that fails or has not finished when it returns', () => {
    expect(() => securityHeaders((_request, _response, next) => next(new Error('no')))).toThrow(/at start/);
    expect(() => securityHeaders((_request, _response, next) => void setImmediate(next))).toThrow(/at start/);
  });
});
