/* race-free: spin on __sync_bool_compare_and_swap(&lk,0,1) (full barrier) and release with __sync_lock_release */
#include <pthread.h>
#include <assert.h>
int lk;
int g;
void *w(void *p) {
  (void)p;
  while (!__sync_bool_compare_and_swap(&lk, 0, 1)) ;
  g += 1;
  __sync_lock_release(&lk);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, NULL);
  pthread_create(&b, NULL, w, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  assert(g == 2);
  return 0;
}
