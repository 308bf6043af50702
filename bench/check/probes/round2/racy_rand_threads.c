/* TRUTH: racy. rand() is not required to be thread-safe (hidden seed state). */
#include <pthread.h>
#include <stdlib.h>
void *worker(void *arg) { return (void *)(long)(rand() % 10); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
