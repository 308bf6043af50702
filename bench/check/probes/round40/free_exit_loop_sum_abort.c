/* TRUTH: free — s = 0+1+2+3 = 6 always: each thread aborts before g = 1 (line 10); no thread reaches the write. */
#include <pthread.h>
#include <stdlib.h>
int g;
void *w(void *x) {
  unsigned s = 0;
  for (unsigned i = 0; i < 4; i++) s += i;
  if (s == 6)
    abort();
  g = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
