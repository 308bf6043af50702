/* TRUTH: racy. Both threads hold only the READ lock while incrementing `hits`. */
#include <pthread.h>
pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int hits;
void *worker(void *arg) {
  pthread_rwlock_rdlock(&rw);
  hits++;
  pthread_rwlock_unlock(&rw);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return hits;
}
