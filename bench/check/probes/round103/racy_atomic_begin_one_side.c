/* TRUTH: racy — t1 updates 'level' inside atomic_begin/end, t2 reads it with no atomic section */
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);

int level;
int seen;

void *t1(void *arg) {
  __VERIFIER_atomic_begin();
  level = level + 1;
  __VERIFIER_atomic_end();
  return 0;
}

void *t2(void *arg) {
  seen = level;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return seen;
}
