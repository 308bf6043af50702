/* TRUTH: racy — p points to x; one thread writes *p while the other writes x, unsynchronised */
#include <pthread.h>
int x; int *p = &x;
void *t1(void *a) { *p = 1; return 0; }
void *t2(void *a) { x = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
