/* TRUTH: free — x++ is under if (i) and if (!i) nested: never runs; y is main-only */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);
int x;
void *t(void *a) { x = 1; return 0; }
int y;
int main(void) {
  pthread_t id;
  int i = __VERIFIER_nondet_int();
  pthread_create(&id, 0, t, 0);
  if (i) {
    y = 1;
    if (!i) x++;
  } else {
    y = 2;
    if (i != 0) x++;
  }
  pthread_join(id, 0);
  return y - y;
}
