/* TRUTH: free — main reads result only after pthread_join(t) */
#include <pthread.h>
#include <stdio.h>
int result;
void *worker(void *a) { result = 42; return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  pthread_join(t, 0);
  printf("%d\n", result);
  return 0;
}
