/* race-free: sense-reversing barrier built from a seq_cst counter and sense flag separates phase-1 writes from phase-2 reads */
#include <pthread.h>
#include <stdatomic.h>
#include <assert.h>
#define N 3
atomic_int count = N;
atomic_int sense;
int a[N], b[N];
static void barrier(int *local) {
  *local = !*local;
  if (atomic_fetch_sub(&count, 1) == 1) { atomic_store(&count, N); atomic_store(&sense, *local); }
  else while (atomic_load(&sense) != *local) ;
}
void *w(void *p) {
  int id = (int)(long)p, ls = 0;
  a[id] = id + 1;
  barrier(&ls);
  b[id] = a[(id + 1) % N];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  assert(b[0] == 2);
  return 0;
}
