/* racy: phase-2 threads are started before phase 1 is joined; ph2 reads A[(i+1)%N] while ph1 writes it */
#include <pthread.h>
#define N 3
int A[N], B[N];
void *ph1(void *p) { long i = (long)p; A[i] = (int)i + 1; return NULL; }
void *ph2(void *p) { long i = (long)p; B[i] = A[(i + 1) % N]; return NULL; }
int main(void) {
  pthread_t t[N], u[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, ph1, (void *)i);
  for (long i = 0; i < N; i++) pthread_create(&u[i], NULL, ph2, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < N; i++) pthread_join(u[i], NULL);
  return B[0];
}
