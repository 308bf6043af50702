/* TRUTH: racy. (unsigned char)256 is 0: the loop never runs, so main writes x while t runs */
#include <pthread.h>
int x;
void *t(void *a) { x = 1; return 0; }
int main(void) {
  pthread_t th;
  pthread_create(&th, 0, t, 0);
  while ((unsigned char)256) {
  }
  x = 2;
  pthread_join(th, 0);
  return 0;
}
