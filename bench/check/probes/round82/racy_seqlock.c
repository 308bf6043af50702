/* TRUTH: racy — d2 is a plain int in the seqlock, so reader's plain read races with writer's write */
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
atomic_uint seq; atomic_int d1; int d2;
void *wr(void *a) { for (int i = 0; i < 100; i++) { atomic_fetch_add(&seq, 1); atomic_store_explicit(&d1, i, memory_order_relaxed); d2 = i; atomic_fetch_add(&seq, 1); } return 0; }
void *rd(void *a) { int x, y; unsigned s; do { s = atomic_load(&seq); x = atomic_load_explicit(&d1, memory_order_relaxed); y = d2; } while ((s & 1) || s != atomic_load(&seq)); return (void *)(long)(x + y); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, wr, 0); pthread_create(&b, 0, rd, 0);
  pthread_join(a, 0); pthread_join(b, 0); return 0;
}
