/* racy: thread 0 skips the barrier, reading a[1] while thread 1 may still write it */
#include <pthread.h>
#include <stdatomic.h>
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
  if (id != 0) barrier(&ls);
  b[id] = a[(id + 1) % N];
  return NULL;
}
int main(void) {
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i], NULL, w, (void *)i);
  for (int i = 0; i < N; i++) pthread_join(t[i], NULL);
  return b[0];
}
