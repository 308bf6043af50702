/* TRUTH: racy — the thread is started through cf (pthread_create) and writes g while main writes g */
#include <pthread.h>
#include <stdio.h>
int g;
void *w(void *a) { g = 1; return 0; }
int main(void) {
  pthread_t t;
  int (*cf)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
  cf(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  printf("%d\n", g);
  return 0;
}
