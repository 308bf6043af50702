// racy: threads update x in atomic sections, but main reads x after joining only th[0], while th[1],th[2] may still write.
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
  pthread_join(th[0], 0);
  if (x > 6) reach_error();
  for (int i = 1; i < 3; i++) pthread_join(th[i], 0);
  return 0;
}
