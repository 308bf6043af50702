/* TRUTH: racy — t2 reads g plainly */
#include <pthread.h>
#include <stdio.h>
long g;
void *t1(void *a) { long v = 5; __atomic_store(&g, &v, __ATOMIC_SEQ_CST); return 0; }
void *t2(void *a) { long r = g; return (void *)r; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%ld\n", g); return 0;
}
