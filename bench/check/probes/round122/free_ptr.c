/* TRUTH: free — x++ needs p != NULL, but main returned then */
#include <pthread.h>
#include <stddef.h>
extern void *__VERIFIER_nondet_pointer(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  void *p = __VERIFIER_nondet_pointer();
  pthread_create(&id, 0, t, 0);
  if (p) return 0;
  if (p != NULL) x++;
  pthread_join(id, 0);
  return 0;
}
