/* TRUTH: free — both contexts carry the same mutex m1 in lk, so increments of shared_buf[slot] are mutually excluded */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m1 = PTHREAD_MUTEX_INITIALIZER;
pthread_mutex_t m2 = PTHREAD_MUTEX_INITIALIZER;
int shared_buf[4];

struct ctx {
  pthread_mutex_t *lk;
  int *buf;
  int slot;
};

void *worker(void *arg) {
  struct ctx *c = (struct ctx *)arg;
  pthread_mutex_lock(c->lk);
  c->buf[c->slot] += 1;
  pthread_mutex_unlock(c->lk);
  return 0;
}

int main(void) {
  pthread_t t1, t2;
  struct ctx c1, c2;
  int s = __VERIFIER_nondet_int();
  __VERIFIER_assume(s >= 0 && s < 4);
  c1.lk = &m1; c1.buf = shared_buf; c1.slot = s;
  c2.lk = &m1; c2.buf = shared_buf; c2.slot = s;
  pthread_create(&t1, 0, worker, &c1);
  pthread_create(&t2, 0, worker, &c2);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  if (!(shared_buf[s] == 2)) reach_error();
  return 0;
}
