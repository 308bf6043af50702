/* TRUTH: racy — t1's strcpy writes buf[0..2], t2 writes buf[1] */
#include <pthread.h>
#include <string.h>
char buf[8];
void *f1(void *a) { strcpy(buf, "ab"); return 0; }
void *f2(void *a) { buf[1] = 'z'; return 0; }
int main(void) {
  pthread_t x, y;
  pthread_create(&x, 0, f1, 0);
  pthread_create(&y, 0, f2, 0);
  pthread_join(x, 0); pthread_join(y, 0);
  return buf[1];
}
