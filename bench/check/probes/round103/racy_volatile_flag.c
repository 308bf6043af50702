/* TRUTH: racy — 'stop' is volatile, not atomic: main's write and the worker's reads are a data race */
#include <pthread.h>

volatile int stop;
int iterations;

void *spin(void *arg) {
  int n = 0;
  while (!stop)
    n++;
  return (void *)(long)n;
}

int main(void) {
  pthread_t t;
  pthread_create(&t, 0, spin, 0);
  iterations = 3;
  stop = 1;
  pthread_join(t, 0);
  return iterations;
}
