/* TRUTH: free — runs left after the if/else have (a==2,b==0) or (a!=2,b!=0); x++ needs b!=0 && a==2 */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  int a = __VERIFIER_nondet_int();
  int b = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (a == 2) {
    if (b != 0) return 0;
  } else {
    if (b == 0) return 0;
  }
  if (b) {
    if (a == 2) x++;
  }
  pthread_join(id, 0);
  return 0;
}
