/* TRUTH: free. Dekker's algorithm with seq_cst atomics protects `shared`. */
#include <pthread.h>
#include <stdatomic.h>
atomic_int wants[2];
atomic_int turn;
int shared;
void *t(void *arg) {
  int me = (int)(long)arg, other = 1 - me;
  atomic_store(&wants[me], 1);
  while (atomic_load(&wants[other])) {
    if (atomic_load(&turn) != me) {
      atomic_store(&wants[me], 0);
      while (atomic_load(&turn) != me) ;
      atomic_store(&wants[me], 1);
    }
  }
  shared += 1;                          /* critical section */
  atomic_store(&turn, other);
  atomic_store(&wants[me], 0);
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, t, (void *)0L);
  pthread_create(&b, NULL, t, (void *)1L);
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return shared;
}
