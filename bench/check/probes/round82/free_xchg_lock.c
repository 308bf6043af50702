/* TRUTH: free — lock built from __atomic_exchange_n acquire and __atomic_store_n release on a plain int */
#include <pthread.h>
#include <stdio.h>
int lk; int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { while (__atomic_exchange_n(&lk, 1, __ATOMIC_ACQUIRE)) ; cnt++; __atomic_store_n(&lk, 0, __ATOMIC_RELEASE); } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
