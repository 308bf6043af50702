/* TRUTH: racy — the updater publishes `c` (release) before filling it: a reader that loads c reads c->timeout/c->retries concurrently with `c->timeout = 20; c->retries = 2;`. */
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
void reach_error(void) { abort(); }
struct config {
  int timeout;
  int retries;
};
static struct config initial = {10, 1};
static _Atomic(struct config *) current = &initial;
static void *updater(void *arg) {
  (void)arg;
  struct config *c = malloc(sizeof *c);
  if (!c) return NULL;
  atomic_store_explicit(&current, c, memory_order_release);
  c->timeout = 20;
  c->retries = 2;
  return NULL;
}
static void *reader(void *arg) {
  (void)arg;
  struct config *c = atomic_load_explicit(&current, memory_order_acquire);
  if (c->timeout != 10 * c->retries) reach_error();
  return NULL;
}
int main(void) {
  pthread_t u, r1, r2;
  pthread_create(&r1, NULL, reader, NULL);
  pthread_create(&u, NULL, updater, NULL);
  pthread_create(&r2, NULL, reader, NULL);
  pthread_join(r1, NULL);
  pthread_join(u, NULL);
  pthread_join(r2, NULL);
  return 0;
}
