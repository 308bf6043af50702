/* TRUTH: racy — a=1, b=0: main passes the first test and writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (a) {
    if (b) return 0;
  }
  if (a) {
    if (!b) x++;
  }
  pthread_join(id, 0);
  return 0;
}
