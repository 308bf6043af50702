/* TRUTH: racy — main writes g before calling jf (pthread_join) */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  int (*jf)(pthread_t, void **) = pthread_join;
  pthread_create(&t, 0, w, 0);
  g = 2;
  jf(t, 0);
  printf("%d\n", g);
  return 0;
}
