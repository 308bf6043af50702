/* TRUTH: racy — u.i and u.f overlap (same storage); t1 writes u.i, t2 writes u.f */
#include <pthread.h>
union { int i; float f; } u;
void *f1(void *a) { u.i = 1; return 0; }
void *f2(void *a) { u.f = 2.0f; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return u.i;
}
