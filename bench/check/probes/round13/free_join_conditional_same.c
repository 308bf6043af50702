/* race-free: thread created and joined under the same condition flag; main writes x afterwards */
#include <pthread.h>
#include <assert.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *p) { (void)p; x = 5; return NULL; }
int main(void) {
  pthread_t th;
  int spawn = __VERIFIER_nondet_int();
  if (spawn) pthread_create(&th, NULL, t, NULL);
  if (spawn) pthread_join(th, NULL);
  x = 6;
  assert(x == 6);
  return 0;
}
