/* TRUTH: free — release fence before a relaxed flag store and acquire fence after a relaxed flag load that saw 1 establish synchronization (fence-fence sync), so payload is ordered */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <stdatomic.h>
int payload;
atomic_int flag;

void *producer(void *arg) {
  payload = __VERIFIER_nondet_int();
  atomic_thread_fence(memory_order_release);
  atomic_store_explicit(&flag, 1, memory_order_relaxed);
  return 0;
}

void *consumer(void *arg) {
  while (atomic_load_explicit(&flag, memory_order_relaxed) == 0) {
  }
  atomic_thread_fence(memory_order_acquire);
  int v = payload;
  payload = v + 1;
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
