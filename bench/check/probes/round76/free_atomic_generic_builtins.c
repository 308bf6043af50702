/* TRUTH: free — all accesses to x are GCC atomic builtins */
#include <pthread.h>
int x;
void *f(void *a) { int v = 1; __atomic_store(&x, &v, __ATOMIC_RELAXED); return 0; }
int main(void){ pthread_t t; int r; pthread_create(&t, 0, f, 0); __atomic_load(&x, &r, __ATOMIC_RELAXED); __sync_lock_test_and_set(&x, 3); pthread_join(t, 0); return r; }
