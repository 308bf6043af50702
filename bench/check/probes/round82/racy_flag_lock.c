/* TRUTH: racy — flag cleared before the increment, so the critical section is unprotected */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_flag f = ATOMIC_FLAG_INIT; int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { while (atomic_flag_test_and_set(&f)) ; atomic_flag_clear(&f); cnt++; } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
