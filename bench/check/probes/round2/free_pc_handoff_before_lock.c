/* TRUTH: free. Producer writes item before taking the lock and setting ready; consumer
   reads item only after seeing ready under the lock (unlock/lock gives happens-before). */
#include <pthread.h>
int item, ready;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
void *producer(void *arg) {
  item = 42;
  pthread_mutex_lock(&m); ready = 1; pthread_cond_signal(&cv); pthread_mutex_unlock(&m);
  return NULL;
}
void *consumer(void *arg) {
  pthread_mutex_lock(&m); while (!ready) pthread_cond_wait(&cv, &m); pthread_mutex_unlock(&m);
  return (void *)(long)item;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&p, NULL, producer, NULL);
  pthread_create(&c, NULL, consumer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
