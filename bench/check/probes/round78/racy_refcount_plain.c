/* TRUTH: racy — refs is a plain int decremented with --: concurrent read-modify-writes of o->refs race */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
struct obj { int refs; int payload[4]; };
static long sink[3];
static void release(struct obj *o) {
  if (o->refs-- == 1) {
    printf("last %d\n", o->payload[0]);
    free(o);
  }
}
static void *user(void *arg) {
  struct obj *o = arg;
  long s = 0; for (int i = 0; i < 4; i++) s += o->payload[i];
  release(o);
  return (void *)s;
}
int main(void) {
  struct obj *o = malloc(sizeof *o);
  o->refs = 4;
  for (int i = 0; i < 4; i++) o->payload[i] = i;
  pthread_t t[3];
  for (int i = 0; i < 3; i++) pthread_create(&t[i], 0, user, o);
  release(o);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  return 0;
}
