/* Racy: both tasks point their callback at the same target v1, so the two threads update it concurrently. */
#define _GNU_SOURCE
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct task { void (*cb)(int *, int); int *target; int arg; };
static void add_cb(int *t, int a) { *t += a; }
static void mul_cb(int *t, int a) { *t *= a; }
void *runner(void *p) {
  struct task *tk = p;
  tk->cb(tk->target, tk->arg);
  return NULL;
}
int main(void) {
  int v1 = 1, v2 = 2;
  struct task a = {add_cb, &v1, 5};
  struct task b = {rand() % 2 ? add_cb : mul_cb, &v1, 3};
  pthread_t t1, t2;
  pthread_create(&t1, NULL, runner, &a);
  pthread_create(&t2, NULL, runner, &b);
  pthread_join(t1, NULL);
  pthread_join(t2, NULL);
  printf("%d %d\n", v1, v2);
  return 0;
}
