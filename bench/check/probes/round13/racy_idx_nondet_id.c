/* racy: each thread's index comes from a nondet value mod N, so two threads may pick the same cell */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
#define N 4
int cell[N];
void *w(void *p) {
  long k = (long)p;
  if (k < 0) k = -k;
  cell[k % N] = 1;
  return NULL;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, NULL, w, (void *)(long)__VERIFIER_nondet_int());
  pthread_create(&b, NULL, w, (void *)(long)__VERIFIER_nondet_int());
  pthread_join(a, NULL);
  pthread_join(b, NULL);
  return cell[0];
}
