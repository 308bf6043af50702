/* TRUTH: racy. trylock's result is not checked before the write (only before the unlock),
   so a thread may write `stock` without the lock while the other holds it. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int stock;
void *worker(void *arg) {
  int r = pthread_mutex_trylock(&m);
  stock++;
  if (r == 0) pthread_mutex_unlock(&m);
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
