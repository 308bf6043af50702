/* TRUTH: free — first w instance is joined before the second is created; writes to g (line 4) are ordered by join/create; main reads after the last join. */
#include <pthread.h>
int g;
void *w(void *a) { g = (int)(long)a; return 0; }
int main(void) { pthread_t t;
  pthread_create(&t, 0, w, (void *)1); pthread_join(t, 0);
  pthread_create(&t, 0, w, (void *)2); pthread_join(t, 0);
  return g; }
