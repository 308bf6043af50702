/* TRUTH: racy. get() looks like an allocator but returns the cached object after the
   first call, so both threads receive the same object and increment it. */
#include <pthread.h>
#include <stdlib.h>
static int *cache;
static int *get(void) {
  int *p;
  if (cache) return cache;
  p = calloc(1, sizeof *p);
  cache = p;
  return p;
}
void *worker(void *arg) { int *c = arg; (*c)++; return NULL; }
int main(void) {
  pthread_t t[2];
  for (int i = 0; i < 2; i++) {
    int *obj = get();
    pthread_create(&t[i], NULL, worker, obj);
  }
  for (int i = 0; i < 2; i++) pthread_join(t[i], NULL);
  return 0;
}
