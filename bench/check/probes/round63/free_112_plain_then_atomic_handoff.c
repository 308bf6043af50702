/* TRUTH: free — the worker writes level plainly then release-stores done; main acquire-waits for done and only then does __atomic_store_n on level: the plain and atomic accesses are ordered by happens-before */
#include <pthread.h>
static int level, done;
static void *worker(void *p) { (void)p; level = 4; __atomic_store_n(&done, 1, __ATOMIC_RELEASE); return 0; }
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, worker, 0);
  while (!__atomic_load_n(&done, __ATOMIC_ACQUIRE)) ;
  __atomic_store_n(&level, 9, __ATOMIC_RELAXED);
  pthread_join(t, 0);
  return level;
}
