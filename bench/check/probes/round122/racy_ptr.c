/* TRUTH: racy — p non-null: main goes on and writes x while t writes x */
#include <pthread.h>
extern void *__VERIFIER_nondet_pointer(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  void *p = __VERIFIER_nondet_pointer();
  pthread_create(&id, 0, t, 0);
  if (!p) return 0;
  if (p) x++;
  pthread_join(id, 0);
  return 0;
}
