/* TRUTH: free — probe(&a), probe(&b); both joined before data written */
#include <pthread.h>
extern int __VERIFIER_nondet_int(void);

struct dev { pthread_t t; int data; } a, b;
void *w(void *p) { struct dev *d = p; d->data = 1; return 0; }
int probe(struct dev *d) { if (pthread_create(&d->t, 0, w, d) != 0) return -1; return 0; }
int main(void) {
  if (probe(&a) != 0) return 1;
  if (probe(&b) != 0) { pthread_join(a.t, 0); a.data = 2; return 1; }
  pthread_join(b.t, 0);
  pthread_join(a.t, 0);
  a.data = 2;
  b.data = 2;
  return 0;
}
