/* TRUTH: racy — same publish pattern but with __VERIFIER_atomic_ functions; consumer writes data after waiting, but producer writes data AFTER setting flag too (second write) */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int data = 0;
int flag = 0;

void __VERIFIER_atomic_set_flag(void) { flag = 1; }
int __VERIFIER_atomic_get_flag(void) { return flag; }

void *producer(void *arg) {
  data = 5;
  __VERIFIER_atomic_set_flag();
  data = data + 1;
  return 0;
}

void *consumer(void *arg) {
  while (!__VERIFIER_atomic_get_flag()) {
  }
  int d = data;
  if (!(d >= 5)) reach_error();
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
