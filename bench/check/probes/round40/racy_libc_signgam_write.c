/* TRUTH: racy — thread a's lgamma writes signgam (POSIX; glibc __signgam aliases signgam) (line 5) while thread b writes signgam = 0 (line 6). */
#include <pthread.h>
#include <math.h>
double d;
void *a(void *x) { d = lgamma(-0.5); return 0; }
void *b(void *x) { signgam = 0; return 0; }
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, a, 0);
  pthread_create(&t2, 0, b, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return 0;
}
