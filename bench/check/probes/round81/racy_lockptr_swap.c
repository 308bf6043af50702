/* TRUTH: racy — lp points to b; worker increments x under b, main increments x under a: no common lock */
#include <pthread.h>
pthread_mutex_t a = PTHREAD_MUTEX_INITIALIZER, b = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t *volatile lp = &b;
int x;
void *w(void *arg) { pthread_mutex_t *l = lp; pthread_mutex_lock(l); x++; pthread_mutex_unlock(l); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, w, 0);
  pthread_mutex_lock(&a); x++; pthread_mutex_unlock(&a);
  pthread_join(t, 0);
  return x;
}
