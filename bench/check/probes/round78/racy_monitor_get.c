/* TRUTH: racy — get() reads c->value without taking c->m; watcher's read races with workers' increments */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct counter { pthread_mutex_t m; long value; };
static void inc(struct counter *c) { pthread_mutex_lock(&c->m); c->value++; pthread_mutex_unlock(&c->m); }
static long get(struct counter *c) { return c->value; }
static void *worker(void *arg) {
  struct counter *c = arg;
  for (int i = 0; i < 1000; i++) inc(c);
  return 0;
}
static void *watcher(void *arg) {
  struct counter *c = arg; long mx = 0;
  for (int i = 0; i < 100; i++) { long v = get(c); if (v > mx) mx = v; }
  return (void *)mx;
}
int main(void) {
  struct counter *c = malloc(sizeof *c);
  pthread_mutex_init(&c->m, 0); c->value = 0;
  pthread_t t[3];
  pthread_create(&t[0], 0, worker, c); pthread_create(&t[1], 0, worker, c); pthread_create(&t[2], 0, watcher, c);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  printf("%ld\n", c->value);
  pthread_mutex_destroy(&c->m); free(c);
  return 0;
}
