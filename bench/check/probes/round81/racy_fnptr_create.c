/* TRUTH: racy — pthread_create called through a function-pointer variable; worker and main both write g unsynchronized */
#include <pthread.h>
int g;
void *w(void *a) { g = 1; return 0; }
static int (*spawn)(pthread_t *, const pthread_attr_t *, void *(*)(void *), void *) = pthread_create;
int main(void) {
  pthread_t t;
  spawn(&t, 0, w, 0);
  g = 2;
  pthread_join(t, 0);
  return g;
}
