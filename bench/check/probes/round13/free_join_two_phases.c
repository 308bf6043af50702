/* race-free: phase-1 threads write A[i] and are all joined before phase-2 threads read A[(i+1)%N] */
#include <pthread.h>
#include <assert.h>
#define N 3
int A[N], B[N];
void *ph1(void *p) { long i = (long)p; A[i] = (int)i + 1; return NULL; }
void *ph2(void *p) { long i = (long)p; B[i] = A[(i + 1) % N]; return NULL; }
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, ph1, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, ph2, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(B[0] == 2);
  return 0;
}
