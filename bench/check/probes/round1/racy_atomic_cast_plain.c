/* TRUTH: racy. `n` is _Atomic, but the worker writes it through a plain `int *`
   obtained by a cast: a non-atomic write concurrent with main's atomic increment. */
#include <pthread.h>
#include <stdatomic.h>
_Atomic int n;
void *worker(void *arg) { int *p = (int *)&n; *p = 5; return NULL; }
int main(void) {
  pthread_t a;
  pthread_create(&a, NULL, worker, NULL);
  atomic_fetch_add(&n, 1);
  pthread_join(a, NULL);
  return atomic_load(&n);
}
