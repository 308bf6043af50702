// free: producer/consumer queue, enqueue/dequeue are __VERIFIER_atomic_ functions; dequeue blocks via assume on non-empty.
#include <pthread.h>
extern void __VERIFIER_assume(int);
extern void reach_error(void);
#define QSZ 4
int q[QSZ];
int qhead, qtail, qlen;
void __VERIFIER_atomic_enqueue(int v) {
  __VERIFIER_assume(qlen < QSZ);
  q[qtail] = v;
  qtail = (qtail + 1) % QSZ;
  qlen++;
}
int __VERIFIER_atomic_dequeue(void) {
  __VERIFIER_assume(qlen > 0);
  int v = q[qhead];
  qhead = (qhead + 1) % QSZ;
  qlen--;
  return v;
}
void *prod(void *a) { for (int i = 1; i <= 3; i++) __VERIFIER_atomic_enqueue(i); return 0; }
void *cons(void *a) { int s = 0; for (int i = 0; i < 3; i++) s += __VERIFIER_atomic_dequeue(); if (s != 6) reach_error(); return 0; }
int main(void) {
  pthread_t p, c;
  pthread_create(&p, 0, prod, 0);
  pthread_create(&c, 0, cons, 0);
  pthread_join(p, 0);
  pthread_join(c, 0);
  return qlen;
}
