/* TRUTH: racy — thread A publishes the address of its __thread variable through a global (atomically), thread B then writes through it while A keeps updating it */
#include <pthread.h>
#include <stdatomic.h>
__thread int mine;
_Atomic(int *) published;
void *a(void *p) {
  int i;
  atomic_store(&published, &mine);
  for (i = 0; i < 3; i++) mine++;
  return 0;
}
void *b(void *p) {
  int *q = atomic_load(&published);
  if (q) *q = 100;
  return 0;
}
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, a, 0);
  pthread_create(&y, 0, b, 0);
  pthread_join(x, 0);
  pthread_join(y, 0);
  return 0;
}
