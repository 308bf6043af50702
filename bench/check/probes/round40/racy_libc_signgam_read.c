/* TRUTH: racy — the thread's lgamma writes signgam (line 7) while main reads signgam (line 13) before joining. */
#include <pthread.h>
#include <math.h>
int s;
double d;
void *w(void *x) {
  d = lgamma(-0.5);
  return 0;
}
int main(void) {
  pthread_t t1;
  pthread_create(&t1, 0, w, 0);
  s = signgam;
  pthread_join(t1, 0);
  return s;
}
