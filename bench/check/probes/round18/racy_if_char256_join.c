/* TRUTH: racy. (unsigned char)256 is 0: the join in the then branch never runs, x = 2 races with t */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  if ((unsigned char)256)
    pthread_join(th, 0);
  x = 2;
  return 0;
}
