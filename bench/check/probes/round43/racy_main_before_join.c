/* TRUTH: racy — worker writes result; main reads result before pthread_join */
#include <pthread.h>
#include <stdio.h>
int result;
void *worker(void *a) { result = 42; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  printf("%d\n", result);
  pthread_join(t, 0);
  return 0;
}
