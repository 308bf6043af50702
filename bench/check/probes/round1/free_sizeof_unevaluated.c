/* TRUTH: free. The operands of sizeof and _Generic are not evaluated, so the worker
   never writes g. */
#include <pthread.h>
int g;
void *worker(void *arg) {
  long n = (long)sizeof(g = 5);
  n += _Generic(g++, int: 1, default: 2);
  return (void *)n;
}
int main(void) {
  pthread_t t;
  pthread_create(&t, NULL, worker, NULL);
  g = 2;
  pthread_join(t, NULL);
  return 0;
}
