// free: every access to x in threads is between __VERIFIER_atomic_begin/end; main reads after joining all.
#include <pthread.h>
extern void __VERIFIER_atomic_begin(void);
extern void __VERIFIER_atomic_end(void);
extern void reach_error(void);
int x;
void *t(void *a) {
  __VERIFIER_atomic_begin();
  int tmp = x;
  x = tmp + 2;
  __VERIFIER_atomic_end();
  return 0;
}
int main(void) {
  pthread_t th[3];
  for (int i = 0; i < 3; i++) pthread_create(&th[i], 0, t, 0);
  for (int i = 0; i < 3; i++) pthread_join(th[i], 0);
  if (x != 6) reach_error();
  return 0;
}
