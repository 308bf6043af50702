/* TRUTH: racy — writer increments x through a char* cast of &x, reader reads x as int; same memory, no sync */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void __VERIFIER_assume(int);
extern void abort(void);
void reach_error(void){}
int x = 0;

void *writer(void *arg) {
  unsigned char *p = (unsigned char *)&x;
  int k = __VERIFIER_nondet_int();
  __VERIFIER_assume(k >= 0 && k < 4);
  p[k] = 1;
  return 0;
}

void *reader(void *arg) {
  int v = x;
  if (v < 0) reach_error();
  return 0;
}

int main(void) {
  pthread_t w1, r1;
  pthread_create(&w1, 0, writer, 0);
  pthread_create(&r1, 0, reader, 0);
  pthread_join(w1, 0);
  pthread_join(r1, 0);
  return 0;
}
