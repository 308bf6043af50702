/* TRUTH: racy — two counter objects; inc(a,b) locks a->m but increments b->value; workers are given swapped pairs so b->value is written under different mutexes */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
struct counter { pthread_mutex_t m; long value; };
static void inc2(struct counter *l, struct counter *c) { pthread_mutex_lock(&l->m); c->value++; pthread_mutex_unlock(&l->m); }
static struct counter *other;
static void inc(struct counter *c) { inc2(c, other); }
static long get(struct counter *c) { pthread_mutex_lock(&c->m); long v = c->value; pthread_mutex_unlock(&c->m); return v; }
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
  struct counter *d = malloc(sizeof *d); pthread_mutex_init(&d->m, 0); d->value = 0; other = c;
  pthread_create(&t[0], 0, worker, c); pthread_create(&t[1], 0, worker, d); pthread_create(&t[2], 0, watcher, c);
  for (int i = 0; i < 3; i++) pthread_join(t[i], 0);
  printf("%ld\n", c->value);
  pthread_mutex_destroy(&c->m); free(c);
  return 0;
}
