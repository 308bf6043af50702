/* TRUTH: racy — lgamma stores the sign into the library global `signgam` (POSIX: lgamma not required to be thread-safe): the two workers' calls write signgam concurrently. */
#include <math.h>
#include <pthread.h>
static double out[2];
static void *w(void *p) {
  long id = (long)p;
  out[id] = lgamma(-0.5 - (double)id);
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, w, (void *)0);
  pthread_create(&y, 0, w, (void *)1);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return out[0] > 0;
}
