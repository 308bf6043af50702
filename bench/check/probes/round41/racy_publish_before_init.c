/* TRUTH: racy — main publishes `cfg` (line 9) and starts the reader, THEN writes cfg->level (line 10); the reader reads p->level (line 6) concurrently. */
#include <pthread.h>
#include <stdlib.h>
struct conf { int level; };
struct conf *cfg; int seen;
void *reader(void *a) { struct conf *p = cfg; seen = p->level; return 0; }
int main(void) { pthread_t t;
  struct conf *c = malloc(sizeof *c); if (!c) return 1;
  cfg = c; pthread_create(&t, 0, reader, 0);
  c->level = 3;
  pthread_join(t, 0); return seen; }
