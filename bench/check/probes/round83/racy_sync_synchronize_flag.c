/* TRUTH: racy — __sync_synchronize barriers do not make the plain flag accesses atomic: the flag write and spin reads are a data race */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int flag = 0;
int data = 0;

void *producer(void *arg) {
  data = 42;
  __sync_synchronize();
  flag = 1;
  return 0;
}

void *consumer(void *arg) {
  while (flag == 0) {
    __sync_synchronize();
  }
  __sync_synchronize();
  if (!(data == 42)) reach_error();
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
