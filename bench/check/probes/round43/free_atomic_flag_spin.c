/* TRUTH: free — stop is atomic_int with seq_cst store/load; t2's loop exits only after reading 1, which synchronizes with t1's store, ordering data = 3 before the read */
#include <pthread.h>
#include <stdatomic.h>
atomic_int stop;
int data;
void *t1(void *a) { data = 3; atomic_store(&stop, 1); return 0; }
void *t2(void *a) { while (!atomic_load(&stop)) { } return (void *)(long)data; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, t1, 0);
  pthread_create(&y, 0, t2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return 0;
}
