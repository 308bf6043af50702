/* TRUTH: racy — both threads write 'hits' while holding only the shared (read) lock, which admits both at once */
#include <pthread.h>

pthread_rwlock_t rw = PTHREAD_RWLOCK_INITIALIZER;
int cache_val = 10;
int hits;

void *lookup(void *arg) {
  pthread_rwlock_rdlock(&rw);
  int v = cache_val;
  hits++;
  pthread_rwlock_unlock(&rw);
  return (void *)(long)v;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, lookup, 0);
  pthread_create(&b, 0, lookup, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return hits;
}
