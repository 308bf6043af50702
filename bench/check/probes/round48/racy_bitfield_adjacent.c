/* TRUTH: racy — adjacent bit-fields a and b share one memory location, so unsynchronised writes to them from two threads race */
#include <pthread.h>
struct bf { unsigned a : 4; unsigned b : 4; } s;
void *t1(void *p) { s.a = 1; return 0; }
void *t2(void *p) { s.b = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return s.a + s.b;
}
