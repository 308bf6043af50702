/* TRUTH: race-free. (unsigned char)256 is 0: t1 never writes x; only t2 accesses x */
#include <pthread.h>
int x;
void *t1(void *p) { if ((unsigned char)256) x = 1; return 0; }
void *t2(void *p) { x = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0);
  pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
