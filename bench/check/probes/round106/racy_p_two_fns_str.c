/* TRUTH: racy — strcpy(buf, "ab") writes buf[1]; other thread writes buf[1] */
#include <pthread.h>
#include <string.h>
char buf[4];
void *f1(void *p) { strcpy(buf, "ab"); return p; }
void *f2(void *p) { buf[1] = 'x'; return p; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, f1, 0);
  pthread_create(&b, 0, f2, 0);
  pthread_join(a, 0);
  pthread_join(b, 0);
  return 0;
}
