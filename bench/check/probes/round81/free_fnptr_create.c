/* TRUTH: free — thread created through function-pointer variable; main writes g only after join */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
static int (*spawn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
int main(void) {
  pthread_t t;
  spawn(&t, 0, w, 0);
  pthread_join(t, 0);
  g = 2;
  return g;
}
