/* TRUTH: free. main and two workers meet at a barrier of count 3; main initialises
   `cfg` before its wait... after starting the workers; the workers read it after theirs. */
#include <pthread.h>
int cfg;
pthread_barrier_t bar;
void *worker(void *arg) { pthread_barrier_wait(&bar); return (void *)(long)cfg; }
int main(void) {
  pthread_t a, b;
  pthread_barrier_init(&bar, NULL, 3);
  pthread_create(&a, NULL, worker, NULL);
  pthread_create(&b, NULL, worker, NULL);
  cfg = 10;
  pthread_barrier_wait(&bar);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return 0;
}
