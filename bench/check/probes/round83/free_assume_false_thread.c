/* TRUTH: free — checker thread assumes a contradictory condition (v > 5 && v < 3), so its write to shared is never executed; only the writer thread writes shared before main joins */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int shared = 0;

void *writer(void *arg) {
  shared = 1;
  shared = shared + 1;
  return 0;
}

void *checker(void *arg) {
  int v = __VERIFIER_nondet_int();
  __VERIFIER_assume(v > 5 && v < 3);
  shared = v;
  return 0;
}

int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, writer, 0);
  pthread_create(&b, 0, checker, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  if (!(shared == 2)) reach_error();
  return 0;
}
