/* TRUTH: free — GCC __sync_synchronize is a full (seq_cst) fence: writer data=1; fence; __atomic_store_n(flag, RELAXED). reader: __atomic_load_n RELAXED loop; fence; r=data. Fence-fence synchronization orders data = 1 before r = data; flag accessed only through __atomic builtins. */
#include <pthread.h>
#include <stdatomic.h>
extern int __VERIFIER_nondet_int(void);
static int data; static int flag;
static void *writer(void *arg) {
  data = 1;
  __sync_synchronize();
  __atomic_store_n(&flag, 1, __ATOMIC_RELAXED);
  return 0;
}
static void *reader(void *arg) {
  int r = 0;
  while (__atomic_load_n(&flag, __ATOMIC_RELAXED) == 0) ;
  __sync_synchronize();
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
