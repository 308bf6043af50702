/* TRUTH: racy — b=0, c=1: main goes on and writes x while t writes x */
#include <pthread.h>
extern _Bool __VERIFIER_nondet_bool(void);
extern char __VERIFIER_nondet_char(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  _Bool b = __VERIFIER_nondet_bool();
  char c = __VERIFIER_nondet_char();
  pthread_create(&id, 0, t, 0);
  if (b) return 0;
  if (c) x++;
  pthread_join(id, 0);
  return 0;
}
