/* TRUTH: racy. Hand-off through a plain int flag: the flag itself races (and the payload
   is unordered). */
#include <pthread.h>
int payload;
int ready;
void *producer(void *arg) { payload = 42; ready = 1; return NULL; }
void *consumer(void *arg) {
  while (!ready) ;
  return (void *)(long)payload;
}
int main(void) {
  pthread_t p, c;
  pthread_create(&c, NULL, consumer, NULL);
  pthread_create(&p, NULL, producer, NULL);
  pthread_join(p, NULL);
  pthread_join(c, NULL);
  return 0;
}
