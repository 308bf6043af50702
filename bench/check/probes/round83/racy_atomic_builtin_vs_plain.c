/* TRUTH: racy — bumper uses __atomic_fetch_add on hits but the reader does a plain hits read; mixed atomic/non-atomic access */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int hits = 0;

void *bumper(void *arg) {
  int n = __VERIFIER_nondet_int();
  int i;
  __VERIFIER_assume(n > 0 && n < 4);
  for (i = 0; i < n; i++)
    __atomic_fetch_add(&hits, 1, __ATOMIC_SEQ_CST);
  return 0;
}

void *reader(void *arg) {
  int h = hits;
  if (h < 0) reach_error();
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, bumper, 0);
  pthread_create(&b, 0, reader, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
