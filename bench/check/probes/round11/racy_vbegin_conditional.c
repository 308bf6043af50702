// racy: the atomic section is entered only when arg is non-null; thread b (null arg) increments x outside any atomic section.
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int x;
void *t(void *a) {
  if (a) __VERIFIER_atomic_begin();
  x++;
  if (a) __VERIFIER_atomic_end();
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t, (void *)1);
  pthread_create(&b, 0, t, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return x;
}
