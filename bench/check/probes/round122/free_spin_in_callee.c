/* TRUTH: free — with i != 0 main calls spin(), which never returns (volatile local stays 0), so x++ never runs */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
static void spin(void) { volatile int k = 0; while (!k) ; }
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  if (i) spin();
  pthread_create(&id, 0, t, 0);
  if (i) x++;
  pthread_join(id, 0);
  return 0;
}
