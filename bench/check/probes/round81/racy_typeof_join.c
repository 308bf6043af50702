/* TRUTH: racy — __typeof__(pthread_join(...)) does not evaluate the call; main writes g racing with worker */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  __typeof__(pthread_join(t, 0)) r = 0;
  g = 2 + r;
  return g;
}
