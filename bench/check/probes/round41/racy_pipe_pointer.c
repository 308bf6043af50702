/* TRUTH: racy — main sends the heap pointer through a pipe; the worker reads it and writes o->v (line 6, o->v = 1) while main writes o->v (line 11) after sending. */
#include <pthread.h>
#include <stdlib.h>
#include <unistd.h>
struct o { int v; }; int fds[2];
void *w(void *a) { struct o *o; if (read(fds[0], &o, sizeof o) != sizeof o) return 0; o->v = 1; return 0; }
int main(void) { pthread_t t; struct o *o = malloc(sizeof *o); if (!o || pipe(fds)) return 1;
  o->v = 0;
  pthread_create(&t, 0, w, 0);
  if (write(fds[1], &o, sizeof o) != sizeof o) return 1;
  o->v = 2;
  pthread_join(t, 0); return 0; }
