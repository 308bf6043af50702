/* TRUTH: free — past v != 7 -> return, v is 7, so the second v != 7 never holds */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int v = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (v != 7) return 0;
  if (v != 7) x++;
  pthread_join(id, 0);
  return 0;
}
