/* TRUTH: free. rand_r with a per-thread seed (a local). */
#include <pthread.h>
#include <stdlib.h>
void *worker(void *arg) { unsigned seed = (unsigned)(long)arg; return (void *)(long)(rand_r(&seed) % 10); }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, worker, (void *)1);
  pthread_create(&b, NULL, worker, (void *)2);
  pthread_join(a, NULL); pthread_join(b, NULL);
  return 0;
}
