/* TRUTH: racy — one thread writes byte 0, the other the whole int */
#include <pthread.h>
#include <stdio.h>
unsigned w;
void *t1(void *a) { ((unsigned char *)&w)[0] = 1; return 0; }
void *t2(void *a) { w = 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%x\n", w); return 0;
}
