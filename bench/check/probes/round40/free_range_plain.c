/* TRUTH: free — mode is only ever 0 (no stores at all, address never taken): neither thread writes g (line 7). */
#include <pthread.h>
int mode;
int g;
void *w(void *x) {
  if (mode == 1)
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
