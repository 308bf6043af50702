/* TRUTH: free — flag is _Atomic and accessed with seq_cst atomic_store/atomic_load (which are release/acquire); data = 1 happens before r = data once the reader saw flag == 1. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static _Atomic int flag;
static void *writer(void *arg) {
  data = 1;
  atomic_store(&flag, 1);
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  while (!atomic_load(&flag)) ;
  r = data;
  return (void *)(long)r;
}
int main(void) {
  pthread_t w, r;

  pthread_create(&w, 0, writer, 0);
  pthread_create(&r, 0, reader, 0);
  pthread_join(w, 0);
  pthread_join(r, 0);
  return 0;
}
