/* TRUTH: racy — users also write o->payload[0] (plain) before releasing; several users write it concurrently */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; int payload[4]; };
static long sink[3];
static void release(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_acq_rel) == 1) {
    printf("last %d\n", o->payload[0]);
    free(o);
  }
}
static void *user(void *arg) {
  struct obj *o = arg;
  long s = 0; for (int i = 0; i < 4; i++) s += o->payload[i];
  o->payload[0] = (int)s;
  release(o);
  return (void *)s;
}
int main(void) {
  struct obj *o = malloc(sizeof *o);
  atomic_init(&o->refs, 4);
  for (int i = 0; i < 4; i++) o->payload[i] = i;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, user, o);
  release(o);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
