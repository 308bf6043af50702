/* TRUTH: racy — main returns (running the atexit handler, which writes g, line 5) while the detached worker may still be writing g (line 6). */
#include <pthread.h>
#include <stdlib.h>
int g;
static void bye(void) { g = -1; }
void *w(void *a) { g = 1; return 0; }
int main(void) { pthread_t t; atexit(bye);
  pthread_create(&t, 0, w, 0); pthread_detach(t);
  return 0; }
