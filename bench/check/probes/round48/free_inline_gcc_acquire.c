/* TRUTH: free — acquire_flag spins with __atomic acquire loads on f; main writes x then release-stores f, so the thread's write of x is ordered after main's */
#include <pthread.h>
int x; int f;
static inline void acquire_flag(int *p) { while (!__atomic_load_n(p, __ATOMIC_ACQUIRE)) ; }
static inline void release_flag(int *p) { __atomic_store_n(p, 1, __ATOMIC_RELEASE); }
void *t(void *a) {
  acquire_flag(&f);
  x -= 1;
  return 0;
}
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  x = 40;
  release_flag(&f);
  pthread_join(th, 0);
  return x;
}
