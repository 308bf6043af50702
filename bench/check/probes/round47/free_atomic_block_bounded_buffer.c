/* TRUTH: free — all accesses to buf/num happen inside __VERIFIER_atomic_begin/end blocks (waits use assume inside the block) */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern int __VERIFIER_nondet_int(void);
extern void abort(void);
void reach_error(void) { abort(); }
#define CAP 2

int buf[CAP];
int num;

void *producer(void *arg) {
  int i;
  for (i = 0; i < 3; i++) {
    int v = __VERIFIER_nondet_int();
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(num < CAP);
    buf[num] = v;
    num++;
    __VERIFIER_atomic_end();
  }
  return 0;
}

void *consumer(void *arg) {
  int i, v;
  for (i = 0; i < 3; i++) {
    __VERIFIER_atomic_begin();
    __VERIFIER_assume(num > 0);
    num--;
    v = buf[num];
    __VERIFIER_atomic_end();
    (void)v;
  }
  return 0;
}

int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, producer, 0);
  pthread_create(&c, 0, consumer, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  __VERIFIER_atomic_begin();
  if (num != 0) reach_error();
  __VERIFIER_atomic_end();
  return 0;
}
