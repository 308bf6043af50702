/* TRUTH: racy. The two threads protect `stock` with different mutexes. */
#include <pthread.h>
pthread_mutex_t ma = PTHREAD_MUTEX_INITIALIZER, mb = PTHREAD_MUTEX_INITIALIZER;
int stock;
void *buyer(void *arg) { pthread_mutex_lock(&ma); stock--; pthread_mutex_unlock(&ma); return NULL; }
void *seller(void *arg) { pthread_mutex_lock(&mb); stock++; pthread_mutex_unlock(&mb); return NULL; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, buyer, NULL);
  pthread_create(&b, NULL, seller, NULL);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return stock;
}
