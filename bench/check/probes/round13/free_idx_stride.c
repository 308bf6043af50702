/* race-free: thread id writes v[id + k*N]; the residues mod N are distinct so threads are disjoint */
#include <pthread.h>
#include <assert.h>
#define N 4
#define LEN 32
int v[LEN];
void *w(void *p) {
  int id = (int)(long)p;
  for (int i = id; i < LEN; i += N) v[i] = id;
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (int i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)(long)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  for (int i = 0; i < LEN; i++) assert(v[i] == i % N);
  return 0;
}
