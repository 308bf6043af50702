/* TRUTH: racy — thread b does not take the CAS lock */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_int lk; int cnt;
static void lock(void) { int e; do { e = 0; } while (!atomic_compare_exchange_weak(&lk, &e, 1)); }
static void unlock(void) { atomic_store(&lk, 0); }
void *w(void *a) { for (int i = 0; i < 1000; i++) { lock(); cnt++; unlock(); } return 0; }
void *u(void *a) { for (int i = 0; i < 1000; i++) { cnt++; } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, u, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
