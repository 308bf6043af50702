/* TRUTH: racy. Thread i gets &a[i] but clears TWO ints starting there (a[i], a[i+1]);
   thread i+1 writes a[i+1] as its own element. */
#include <pthread.h>
#include <string.h>
#define N 4
int a[N + 1];
void *worker(void *arg) {
  int *p = arg;
  memset(p, 0, 2 * sizeof *p);
  *p = 1;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &a[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return a[0];
}
