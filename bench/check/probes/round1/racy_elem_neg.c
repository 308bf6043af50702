/* TRUTH: racy. Thread i writes p[-1] = a[i-1], the element of thread i-1 (a has a spare
   first element so p[-1] is in bounds for i = 1..N). */
#include <pthread.h>
#define N 4
int a[N + 1];
void *worker(void *arg) {
  int *p = arg;
  *p = 1;
  p[-1] = 0;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 1; i <= N; i++) pthread_create(&t[i - 1], NULL, worker, &a[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return a[1];
}
