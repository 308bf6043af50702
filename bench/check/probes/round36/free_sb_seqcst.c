/* TRUTH: free — store buffering where x and y are _Atomic with seq_cst atomic_store/atomic_load; r1/r2 are each written by one thread and read by main after the joins. */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int x, y;
static int r1, r2;
static void *t1(void *arg) {
  atomic_store(&x, 1);
  r1 = atomic_load(&y);
  return 0;
}
static void *t2(void *arg) {
  atomic_store(&y, 1);
  r2 = atomic_load(&x);
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
