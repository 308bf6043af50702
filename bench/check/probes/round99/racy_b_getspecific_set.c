/* TRUTH: racy — the worker sets its key first, so getspecific is non-NULL and it writes shared alongside main */
#include <pthread.h>
#include <stddef.h>
static pthread_key_t ctx_key;
static int shared, ctx;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  pthread_setspecific(ctx_key, &ctx);
  leave_if(pthread_getspecific(ctx_key) == NULL);
  shared++;
  return 0;
}
int main(void) {
  pthread_t t;
  pthread_key_create(&ctx_key, 0);
  pthread_create(&t, 0, worker, 0);
  shared++;
  pthread_join(t, 0);
  return 0;
}
