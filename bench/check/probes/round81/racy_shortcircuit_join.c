/* TRUTH: racy — 0 && pthread_join(...) never calls join; main writes g racing with worker */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  int z = 0;
  pthread_create(&t, 0, w, 0);
  (void)(z && pthread_join(t, 0));
  g = 2;
  return g;
}
