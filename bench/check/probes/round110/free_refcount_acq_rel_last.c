/* TRUTH: free — acq_rel refcount decrement: the last thread's RMW reads-from a release sequence containing every other decrement */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#define N 3

struct obj { atomic_int rc; int parts[N]; long total; };
atomic_int next;

static void *worker(void *arg) {
  struct obj *o = arg;
  int me = atomic_fetch_add(&next, 1);
  o->parts[me] = (me + 1) * 10;
  if (atomic_fetch_sub_explicit(&o->rc, 1, memory_order_acq_rel) == 1) {
    for (int i = 0; i < N; i++) o->total += o->parts[i];
    printf("%ld\n", o->total);
  }
  return NULL;
}

int main(void) {
  struct obj *o = calloc(1, sizeof *o);
  atomic_init(&o->rc, N);
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, o);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  free(o);
  return 0;
}
