/* TRUTH: racy — pthread_once_t is a non-static local of get(), so every thread runs init; inst written by several threads concurrently (and leaks) */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct cfg { int a, b; };
static struct cfg *inst;
static void init(void) { inst = malloc(sizeof *inst); inst->a = 1; inst->b = 2; }
static struct cfg *get(void) { pthread_once_t once = PTHREAD_ONCE_INIT; pthread_once(&once, init); return inst; }
static void *user(void *arg) { struct cfg *c = get(); *(int *)arg = c->a + c->b; return 0; }
int main(void) {
  pthread_t t[4]; int r[4];
  for (int i = 0; i < 4; i++) pthread_create(&t[i], 0, user, &r[i]);
  for (int i = 0; i < 4; i++) pthread_join(t[i], 0);
  printf("%d\n", r[0] + r[3]);
  return 0;
}
