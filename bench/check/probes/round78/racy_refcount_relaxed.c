/* TRUTH: racy — every user computes s=6 and writes o->scratch[2] (plain) concurrently; additionally relaxed fetch_sub gives the last owner no HB with those writes */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { atomic_int refs; int payload[4]; int scratch[4]; };
static long sink[3];
static void release(struct obj *o) {
  if (atomic_fetch_sub_explicit(&o->refs, 1, memory_order_relaxed) == 1) {
    printf("last %d\n", o->scratch[2]);
    free(o);
  }
}
static void *user(void *arg) {
  struct obj *o = arg;
  long s = 0; for (int i = 0; i < 4; i++) s += o->payload[i];
  o->scratch[s % 4] = 1;
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
