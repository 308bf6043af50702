/* TRUTH: racy — consumer may skip waiting (nondet give_up) and then reads/writes data while producer writes it */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int data = 0;
int flag = 0;

void *producer(void *arg) {
  int v = __VERIFIER_nondet_int();
  __VERIFIER_assume(v > 0);
  data = v;
  __VERIFIER_atomic_begin();
  flag = 1;
  __VERIFIER_atomic_end();
  return 0;
}

void *consumer(void *arg) {
  int seen = 0;
  int give_up = __VERIFIER_nondet_int();
  while (!seen && !give_up) {
    __VERIFIER_atomic_begin();
    seen = flag;
    __VERIFIER_atomic_end();
  }
  if (seen && !(data > 0)) reach_error();
  data = 0;
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&c, 0, consumer, 0);
  pthread_create(&p, 0, producer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return 0;
}
