/* TRUTH: racy — y is atomic (seq_cst) but x is plain: t1's plain write x = 1 and t2's plain read r2 = x are unordered (t1 performs no atomic store that t2 reads, so nothing synchronizes t1 before t2). */
#include <pthread.h>
#include <stdatomic.h>
static int x; static atomic_int y;
static int r1, r2;
static void *t1(void *arg) {
  x = 1;
  r1 = atomic_load(&y);
  return 0;
}
static void *t2(void *arg) {
  atomic_store(&y, 1);
  r2 = x;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return r1 + r2;
}
