/* TRUTH: racy — g++ after the release store runs outside the lock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int l;
int g;
void *w(void *a) {
  while (atomic_exchange(&l, 1)) ;;
  g++;
  atomic_store(&l, 0);
  g++;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  printf("%d\n", g);
  return 0;
}
