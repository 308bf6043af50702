/* TRUTH: racy — owner publishes the address of its stack local `box`; helper writes *box through the published pointer while owner keeps reading box */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
pthread_mutex_t m = PTHREAD_MUTEX_INITIALIZER;
int *handoff = 0;
int done = 0;

void *owner(void *arg) {
  int box = 0;
  int i, s = 0, fin = 0;
  pthread_mutex_lock(&m);
  handoff = &box;
  pthread_mutex_unlock(&m);
  for (i = 0; i < 3; i++) s += box;
  while (!fin) {
    pthread_mutex_lock(&m);
    fin = done;
    pthread_mutex_unlock(&m);
  }
  if (s < 0) reach_error();
  return 0;
}

void *helper(void *arg) {
  int *p = 0;
  while (p == 0) {
    pthread_mutex_lock(&m);
    p = handoff;
    pthread_mutex_unlock(&m);
  }
  *p = 7;
  pthread_mutex_lock(&m);
  done = 1;
  pthread_mutex_unlock(&m);
  return 0;
}

int main(void) {
  pthread_t o, h;
  pthread_create(&o, 0, owner, 0);
  pthread_create(&h, 0, helper, 0);
  pthread_join(o, 0);
  pthread_join(h, 0);
  return 0;
}
