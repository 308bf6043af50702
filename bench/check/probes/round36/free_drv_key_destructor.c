/* TRUTH: free — the key destructor ctx_destroy runs in the client thread as it exits, writing open_files--; main writes open_files = 100 only after pthread_join(t), which happens after the thread's termination including its TSD destructors; before the create main only writes it at init. */
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
  open_files = 1;
  pthread_create(&t, 0, client, 0);
  pthread_join(t, 0);
  open_files = 100;
  return open_files;
}
