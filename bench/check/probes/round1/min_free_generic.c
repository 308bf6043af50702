/* TRUTH: free. The controlling expression of _Generic is not evaluated: no write of g
   in the worker. weft says definite. */
#include <pthread.h>
int g;
void *worker(void *arg) { return (void *)(long)_Generic(g++, int: 1, default: 2); }
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
