import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

/**
 * Every GraphQL answer is for its caller alone (their scopes decide the rows), so no cache on the
 * way may keep one. Apollo's cache-control plugin said so too, but it also hooks every field of
 * every answer to compute hints the platform never sets; it is turned off and this says it alone.
 */
export const noStorePlugin: ApolloServerPlugin<BaseContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response }) {
        response.http.headers.set('cache-control', 'no-store');
        return Promise.resolve();
      },
    });
  },
};
