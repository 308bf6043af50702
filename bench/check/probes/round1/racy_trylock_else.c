/* TRUTH: racy. When trylock fails the else-branch writes `stock` anyway. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stock;
void *worker(void *arg) {
  if (pthread_mutex_trylock(&m) != 0) {
    stock += 2;
  } else {
    stock++;
    pthread_mutex_unlock(&m);
  }
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
