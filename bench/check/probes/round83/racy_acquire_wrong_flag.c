/* TRUTH: racy — consumer acquire-spins on `go`, which main already set before creating threads, not on `ready`; so msg reads race with producer writes */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int msg[3];
int ready = 0;
int go = 0;

void *producer(void *arg) {
  int i;
  for (i = 0; i < 3; i++) msg[i] = __VERIFIER_nondet_int();
  __atomic_store_n(&ready, 1, __ATOMIC_RELEASE);
  return 0;
}

void *consumer(void *arg) {
  while (__atomic_load_n(&go, __ATOMIC_ACQUIRE) == 0) {
  }
  int s = msg[0] + msg[1] + msg[2];
  msg[0] = s;
  return 0;
}

int main(void) {
  pthread_t p, c;
  go = 1;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
