/* TRUTH: racy — consumer reads flag plainly (non-atomic) while producer stores it atomically */
#include <pthread.h>
#include <stdio.h>
int flag; int payload;
void *p(void *a) { payload = 3; __atomic_store_n(&flag, 1, __ATOMIC_RELEASE); return 0; }
void *c(void *a) { while (!*(volatile int *)&flag) ; payload *= 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p, 0); pthread_create(&b, 0, c, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", payload); return 0;
}
