// free: the check of 'inited' and the initialisation are both inside the atomic section.
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
int inited;
int table[4];
void *user(void *a) {
  __VERIFIER_atomic_begin();
  if (!inited) {
    for (int i = 0; i < 4; i++) table[i] = i;
    inited = 1;
  }
  __VERIFIER_atomic_end();
  return 0;
}
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, user, 0);
  pthread_create(&b, 0, user, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return table[3];
}
