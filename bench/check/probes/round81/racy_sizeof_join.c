/* TRUTH: racy — pthread_join inside sizeof is not evaluated; main writes g racing with worker */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  (void)sizeof(pthread_join(t, 0));
  g = 2;
  return g;
}
