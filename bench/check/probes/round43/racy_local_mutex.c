/* TRUTH: racy — each thread locks its own stack mutex lm (a different object per thread), so the two total += 2 are unprotected */
#include <pthread.h>
int total;
void *w(void *a) {
  pthread_mutex_t lm;
  pthread_mutex_init(&lm, 0);
  pthread_mutex_lock(&lm);
  total += 2;
  pthread_mutex_unlock(&lm);
  pthread_mutex_destroy(&lm);
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0); pthread_join(t2, 0);
  return total;
}
