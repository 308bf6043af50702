/* TRUTH: racy. Thread i walks a local pointer one step forward (q++) and writes a[i+1],
   the element thread i+1 writes. */
#include <pthread.h>
#define N 4
int a[N + 1];
void *worker(void *arg) {
  int *q = arg;
  *q = 1;
  q++;
  *q = 2;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &a[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return a[1];
}
