/* TRUTH: free — wait_go() spins on an seq_cst atomic until main releases it after writing x; the thread's x++ follows the call */
#include <pthread.h>
#include <stdatomic.h>
int x; atomic_int go;
static void wait_go(void) { while (!atomic_load(&go)) ; }
void *t(void *a) {
  wait_go();
  x++;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 6;
  atomic_store(&go, 1);
  pthread_join(th, 0);
  return x;
}
