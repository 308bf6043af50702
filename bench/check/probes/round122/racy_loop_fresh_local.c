/* TRUTH: racy — each pass has a fresh i: pass 0 i=0 falls through, pass 1 i=1 writes x while t writes x */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t id;
  pthread_create(&id, 0, t, 0);
  for (int k = 0; k < 2; k++) {
    int i = __VERIFIER_nondet_int();
    if (k == 0) {
      if (i) break;
      continue;
    }
    if (i) x++;
  }
  pthread_join(id, 0);
  return 0;
}
