/* TRUTH: racy. One local of main is handed to two threads, both write it. */
#include <pthread.h>
void *inc(void *arg) { int *c = arg; (*c)++; return NULL; }
int main(void) {
  int counter = 0;
  pthread_t a, b;
  pthread_create(&a, NULL, inc, &counter);
  pthread_create(&b, NULL, inc, &counter);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return counter;
}
