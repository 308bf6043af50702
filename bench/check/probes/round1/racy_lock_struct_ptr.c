/* TRUTH: racy. Two contexts point to DIFFERENT mutexes but the SAME counter. */
#include <pthread.h>
struct ctx { pthread_mutex_t *lock; int *count; };
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER, m2 = PTHREAD_MUTEX_INITIALIZER;
int count;
struct ctx c1 = {&m1, &count}, c2 = {&m2, &count};
void *worker(void *arg) {
  struct ctx *c = arg;
  pthread_mutex_lock(c->lock);
  (*c->count)++;
  pthread_mutex_unlock(c->lock);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, &c1);
  pthread_create(&b, NULL, worker, &c2);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return count;
}
