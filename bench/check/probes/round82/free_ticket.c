/* TRUTH: free — ticket lock: fetch_add ticket, spin until serving==ticket (seq_cst), increment serving to release */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_uint next, serving; int cnt;
void *w(void *a) { for (int i = 0; i < 500; i++) { unsigned t = atomic_fetch_add(&next, 1); while (atomic_load(&serving) != t) ; cnt++; atomic_fetch_add(&serving, 1); } return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, w, 0); pthread_create(&b, 0, w, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", cnt); return 0;
}
