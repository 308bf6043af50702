/* TRUTH: racy — t1 locks c1.m but writes c2.v; t2 locks c2.m and writes c2.v: no common lock for c2.v */
#include <pthread.h>
struct counter { pthread_mutex_t m; int v; };
struct counter c1 = { PTHREAD_MUTEX_INITIALIZER, 0 }, c2 = { PTHREAD_MUTEX_INITIALIZER, 0 };
void *f1(void *a) { pthread_mutex_lock(&c1.m); c2.v++; pthread_mutex_unlock(&c1.m); return 0; }
void *f2(void *a) { pthread_mutex_lock(&c2.m); c2.v++; pthread_mutex_unlock(&c2.m); return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return c2.v;
}
