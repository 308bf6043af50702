/* TRUTH: free — the reader does a bounded local loop, then spins until an (seq_cst) atomic load of ready sees 1 before reading data; main writes data before storing ready */
#include <pthread.h>
#include <stdatomic.h>
static atomic_int ready;
static int data;
static void *reader(void *p) {
  (void)p;
  int n = 100, s = 0;
  for (int i = 0; i < n; i++) s += i;
  while (!atomic_load(&ready)) ;
  return (void *)(long)(data + s);
}
int main(void) {
  pthread_t t;
  pthread_create(&t, 0, reader, 0);
  data = 77;
  atomic_store(&ready, 1);
  pthread_join(t, 0);
  return 0;
}
