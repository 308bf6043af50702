/* TRUTH: free — the consumer copies `ready` under m and returns unless it was 1; the producer sets ready=1 under m after writing `data`, so the consumer's read of data happens after that write. */
#include <pthread.h>
#include <stdlib.h>
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int ready;
int data;
int out;
static void *producer(void *p) {
  (void)p;
  data = 9;
  pthread_mutex_lock(&m);
  ready = 1;
  pthread_mutex_unlock(&m);
  return 0;
}
static void *consumer(void *p) {
  (void)p;
  pthread_mutex_lock(&m);
  int r = ready;
  pthread_mutex_unlock(&m);
  if (!r) return 0;
  out = data;
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, producer, 0);
  pthread_create(&b, 0, consumer, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
