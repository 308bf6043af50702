/* TRUTH: free — lock built from atomic_fetch_or (seq_cst) and atomic_fetch_and release */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_uint lk; int cnt;
void *w(void *a) { for (int i = 0; i < 1000; i++) { while (atomic_fetch_or(&lk, 1u) & 1u) ; cnt++; atomic_fetch_and(&lk, ~1u); } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
