/* TRUTH: racy — worker publishes the address of its _Thread_local cell; the peeker thread writes through that pointer while the owner reads its cell */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
_Thread_local int cell = 0;
int *volatile published = 0;
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int *handoff = 0;

void *owner(void *arg) {
  int i, s = 0;
  pthread_mutex_lock(&m);
  handoff = &cell;
  pthread_mutex_unlock(&m);
  for (i = 0; i < 3; i++) s += cell;
  if (s < 0) reach_error();
  return 0;
}

void *peeker(void *arg) {
  int *p = 0;
  while (p == 0) {
    pthread_mutex_lock(&m);
    p = handoff;
    pthread_mutex_unlock(&m);
  }
  *p = 42;
  return 0;
}

int main(void) {
  pthread_t o, k;
  pthread_create(&o, 0, owner, 0);
  pthread_create(&k, 0, peeker, 0);
  pthread_join(o, 0);
  pthread_join(k, 0);
  return 0;
}
