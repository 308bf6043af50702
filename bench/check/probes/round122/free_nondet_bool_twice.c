/* TRUTH: free — x++ needs b after main returned on b: never */
#include <pthread.h>
extern _Bool __VERIFIER_nondet_bool(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  _Bool b = __VERIFIER_nondet_bool();
  pthread_create(&id, 0, t, 0);
  if (!b) { pthread_join(id, 0); return 0; }
  if (!b) x++;
  pthread_join(id, 0);
  return 0;
}
