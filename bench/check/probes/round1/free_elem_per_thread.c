/* TRUTH: free. Thread i gets &acc[i] and only updates its own element. */
#include <pthread.h>
#define N 4
struct acc { long sum; int n; };
struct acc acc[N];
void *worker(void *arg) {
  struct acc *a = arg;
  for (int k = 0; k < 100; k++) { a->sum += k; a->n++; }
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, worker, &acc[i]);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return (int)acc[0].sum;
}
