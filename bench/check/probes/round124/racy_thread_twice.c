/* TRUTH: racy — two instances with v <= 2 both reach x = 1 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *w(void *a) {
  int v = __VERIFIER_nondet_int();
  if (v > 2) return 0;
  x = 1;
  return 0;
}
int main(void) {
  pthread_t t1, t2;
  pthread_create(&t1, 0, w, 0);
  pthread_create(&t2, 0, w, 0);
  pthread_join(t1, 0);
  pthread_join(t2, 0);
  return 0;
}
