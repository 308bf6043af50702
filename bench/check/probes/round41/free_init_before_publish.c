/* TRUTH: free — main initializes c->level and publishes cfg (lines 9,10) before pthread_create; the reader's read (line 6) is ordered after create. */
#include <pthread.h>
#include <stdlib.h>
struct conf { int level; };
struct conf *cfg; int seen;
void *reader(void *a) { struct conf *p = cfg; seen = p->level; return 0; }
int main(void) { pthread_t t;
  struct conf *c = malloc(sizeof *c); if (!c) return 1;
  c->level = 3;
  cfg = c; pthread_create(&t, 0, reader, 0);
  pthread_join(t, 0); return seen; }
