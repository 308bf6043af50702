/* TRUTH: racy — ctx_destroy is the pthread_key destructor: it runs in the client thread when that thread exits (its value is non-NULL), writing open_files--; main writes open_files = 100 while the client thread runs (before the join): unordered writes on open_files. */
#include <pthread.h>
#include <stdlib.h>
static pthread_key_t ctx_key;
static int open_files;
static void ctx_destroy(void *p) { free(p); open_files--; }
static void *client(void *a) {
  void *ctx = malloc(16);
  pthread_setspecific(ctx_key, ctx);
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_key_create(&ctx_key, ctx_destroy);
  pthread_create(&t, 0, client, 0);
  open_files = 100;
  pthread_join(t, 0);
  return open_files;
}
