/* TRUTH: free — RCU-style publication: the updater fills a fresh config and publishes it with a release store; readers load the pointer with acquire and only read fields; the old config (static) is never modified; fields of the new one are never written after publication. */
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
  c->timeout = 20;
  c->retries = 2;
  atomic_store_explicit(&current, c, memory_order_release);
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
