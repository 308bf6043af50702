/* TRUTH: free — classic pattern: each thread locks m, registers an unlock handler, does x++ and pops(1) to unlock; no thread is ever cancelled, so x++ always runs holding m */
#include <pthread.h>
int x; pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
static void unlock_it(void *p) { pthread_mutex_unlock(p); }
void *t(void *a) {
  pthread_mutex_lock(&m);
  pthread_cleanup_push(unlock_it, &m);
  x++;
  pthread_cleanup_pop(1);
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, 0);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  return x;
}
