/* TRUTH: free. Condition-variable hand-off: producer writes `item` and `full` under the
   lock and signals; consumer waits in a while loop under the lock, reads item there. */
#include <pthread.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
pthread_cond_t cv = PTHREAD_COND_INITIALIZER;
int item, full;
void *producer(void *arg) {
  pthread_mutex_lock(&m);
  item = 17; full = 1;
  pthread_cond_signal(&cv);
  pthread_mutex_unlock(&m);
  return NULL;
}
void *consumer(void *arg) {
  pthread_mutex_lock(&m);
  while (!full) pthread_cond_wait(&cv, &m);
  int v = item;
  pthread_mutex_unlock(&m);
  return (void *)(long)v;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
