/* race-free: thread i gets base + i*CH (pointer arithmetic) and writes CH ints from there; ranges disjoint */
#include <pthread.h>
#include <assert.h>
#define N 3
#define CH 4
int buf[N * CH];
void *w(void *p) { int *q = p; for (int j = 0; j < CH; j++) q[j] = j; return NULL; }
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, buf + i * CH);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(buf[N * CH - 1] == CH - 1);
  return 0;
}
