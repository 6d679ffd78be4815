import { Logger, type CallHandler } from '@nestjs/common';
import { lastValueFrom, of, throwError } from 'rxjs';
import { READ_YOUR_WRITES_LIMIT_MS, ReadYourWritesInterceptor, type ReadModels } from './read-your-writes.interceptor';

const answered = (value: unknown): CallHandler => ({ handle: () => of(value) });

describe('ReadYourWritesInterceptor', () => {
  beforeEach(() => {
    jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    jest.useRealTimers();
    jest.restoreAllMocks();
  });

  it('answers a command only after the read models have caught up with it', async () => {
    const steps: string[] = [];
    const readModels: ReadModels = {
      catchUp: async () => {
        steps.push('catching up');
        await new Promise((resolve) => setTimeout(resolve, 10));
        steps.push('caught up');
      },
    };
    const answer = await lastValueFrom(new ReadYourWritesInterceptor(readModels).intercept({}, answered({ id: 'a' })));
    steps.push('answered');
    expect(answer).toEqual({ id: 'a' });
    expect(steps).toEqual(['catching up', 'caught up', 'answered']);
  });

  it('still answers, and logs, when a read model fails: the command has committed', async () => {
    const readModels: ReadModels = { catchUp: () => Promise.reject(new Error('batch failed')) };
    const answer = await lastValueFrom(new ReadYourWritesInterceptor(readModels).intercept({}, answered('done')));
    expect(answer).toBe('done');
    expect(Logger.prototype.error).toHaveBeenCalledTimes(1);
  });

  it('waits no longer than the limit for read models that are slow to catch up', async () => {
    jest.useFakeTimers();
    const readModels: ReadModels = { catchUp: () => new Promise<void>(() => undefined) };
    let answer: unknown;
    const answering = lastValueFrom(new ReadYourWritesInterceptor(readModels).intercept({}, answered('late'))).then(
      (value) => (answer = value),
    );
    await jest.advanceTimersByTimeAsync(READ_YOUR_WRITES_LIMIT_MS - 1);
    expect(answer).toBeUndefined();
    await jest.advanceTimersByTimeAsync(1);
    await answering;
    expect(answer).toBe('late');
    expect(Logger.prototype.warn).toHaveBeenCalledTimes(1);
  });

  it('passes a refused command’s error on without waiting for anything', async () => {
    const catchUp = jest.fn(() => Promise.resolve());
    const refused: CallHandler = { handle: () => throwError(() => new Error('FORBIDDEN')) };
    await expect(lastValueFrom(new ReadYourWritesInterceptor({ catchUp }).intercept({}, refused))).rejects.toThrow(
      'FORBIDDEN',
    );
    expect(catchUp).not.toHaveBeenCalled();
  });
});
