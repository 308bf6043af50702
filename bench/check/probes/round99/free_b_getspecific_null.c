/* TRUTH: free — the key was never set in the worker, so pthread_getspecific returns NULL and leave_if ends it before shared++ */
#include <pthread.h>
#include <stddef.h>
static pthread_key_t ctx_key;
static int shared;
static void leave_if(int c) { if (c) pthread_exit(0); }
static void *worker(void *a) {
  (void)a;
  leave_if(pthread_getspecific(ctx_key) == NULL);   /* no context: nothing to do */
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
