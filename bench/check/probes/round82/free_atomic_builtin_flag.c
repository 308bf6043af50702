/* TRUTH: free — plain int flag accessed only with __atomic_store_n release / __atomic_load_n acquire; payload hand-off */
#include <pthread.h>
#include <stdio.h>
int flag; int payload;
void *p(void *a) { payload = 3; __atomic_store_n(&flag, 1, __ATOMIC_RELEASE); return 0; }
void *c(void *a) { while (!__atomic_load_n(&flag, __ATOMIC_ACQUIRE)) ; payload *= 2; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, p, 0); pthread_create(&b, 0, c, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d\n", payload); return 0;
}
