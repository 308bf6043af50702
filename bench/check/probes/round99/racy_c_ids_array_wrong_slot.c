/* TRUTH: racy — spawn creates into w->ids[w->n++] (slot 1 for the writer), reap joins only ids[0] (the idle thread) */
#include <pthread.h>
#include <stdlib.h>
struct crew { pthread_t ids[2]; int n; };
static int shared;
static void spawn_into(struct crew *c, void *(*fn)(void *)) {
  if (pthread_create(&c->ids[c->n++], 0, fn, 0) != 0) abort();
}
static void reap(struct crew *c) { pthread_join(c->ids[0], 0); }
static void *idle(void *a) { (void)a; return 0; }
static void *writer(void *a) { (void)a; shared = 1; return 0; }
int main(void) {
  struct crew *c = calloc(1, sizeof *c);
  if (!c) return 1;
  spawn_into(c, idle);
  spawn_into(c, writer);
  reap(c);
  return shared;
}
