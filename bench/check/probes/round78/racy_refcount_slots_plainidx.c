/* TRUTH: racy — slot id taken with plain non-atomic next++ : concurrent writes to o->next race (and two owners may write the same scratch slot) */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; int next; long scratch[4]; };
static void release(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1) {
    long s = 0; for (int i = 0; i < 4; i++) s += o->scratch[i];
    printf("last %ld\n", s);
    free(o);
  }
}
static void *user(void *arg) {
  struct obj *o = arg;
  int id = o->next++ % 4;
  o->scratch[id] = id * 10;
  release(o);
  return 0;
}
int main(void) {
  struct obj *o = malloc(sizeof *o);
  atomic_init(&o->refs, 4); o->next = 0;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, user, o);
  user(o);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
