/* TRUTH: racy. The lock is released before the write-back of the read-modify-write. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stock;
void *worker(void *arg) {
  pthread_mutex_lock(&m);
  int v = stock;
  pthread_mutex_unlock(&m);
  stock = v + 1;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return stock;
}
