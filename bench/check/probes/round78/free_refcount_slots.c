/* TRUTH: free — each owner takes a unique slot id via atomic fetch_add, writes scratch[id], then drops ref with acq_rel fetch_sub; last owner's acquire syncs with all earlier releases (release sequence of RMWs), so its reads of scratch[] and free are ordered after all writes */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; atomic_int next; long scratch[4]; };
static void release(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1) {
    long s = 0; for (int i = 0; i < 4; i++) s += o->scratch[i];
    printf("last %ld\n", s);
    free(o);
  }
}
static void *user(void *arg) {
  struct obj *o = arg;
  int id = atomic_fetch_add_explicit(&o->next, 1, memory_order_relaxed);
  o->scratch[id] = id * 10;
  release(o);
  return 0;
}
int main(void) {
  struct obj *o = malloc(sizeof *o);
  atomic_init(&o->refs, 4); atomic_init(&o->next, 0);
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, user, o);
  user(o);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
