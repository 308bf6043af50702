/* TRUTH: free — the loop ends only through break on i != 0 (k stays 0), so if (!i) x++ is never reached with i == 0 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  volatile int k = 0;
  while (!k) {
    if (i) break;
  }
  pthread_create(&id, 0, t, 0);
  if (!i) x++;
  pthread_join(id, 0);
  return 0;
}
