/* TRUTH: racy — volatile sig_atomic_t is not a thread-atomic type; both the flag and the data it guards are accessed plainly by two threads */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
#include <signal.h>
volatile sig_atomic_t done_flag = 0;
int data = 0;

void *producer(void *arg) {
  data = __VERIFIER_nondet_int();
  done_flag = 1;
  return 0;
}

void *consumer(void *arg) {
  while (!done_flag) {
  }
  int v = data;
  data = v + 1;
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
