/* TRUTH: racy — left writes a[0..5] and right writes a[5..9]: element 5 is written by both */
#include <pthread.h>
#define LEN 10
int a[LEN];
void *left(void *p) { int i; for (i = 0; i <= LEN / 2; i++) a[i] = 1; return 0; }
void *right(void *p) { int i; for (i = LEN / 2; i < LEN; i++) a[i] = 2; return 0; }
int main(void) {
  pthread_t l, r;
  pthread_create(&l, 0, left, 0);
  pthread_create(&r, 0, right, 0);
  pthread_join(l, 0);
  pthread_join(r, 0);
  return a[5];
}
