/* TRUTH: racy. c1.lock = &m1, c2.lock = &m2: the two threads hold different mutexes
   (taken as c->lock) while writing count. */
#include <pthread.h>
struct ctx { pthread_mutex_t *lock; };
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int count;
struct ctx c1 = {&m1}, c2 = {&m2};
void *worker(void *arg) {
  struct ctx *c = arg;
  pthread_mutex_lock(c->lock); count++; pthread_mutex_unlock(c->lock);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, &c1);
  pthread_create(&b, NULL, worker, &c2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
