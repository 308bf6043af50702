/* TRUTH: free — both threads use lgamma_r with their own sign variable; no signgam write; each writes its own d[i] (line 7). */
#include <pthread.h>
#include <math.h>
double d[2];
void *w(void *x) {
  long i = (long)x; int sg;
  d[i] = lgamma_r(-0.5, &sg);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, (void *)0L);
  pthread_create(&t2, 0, w, (void *)1L);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
