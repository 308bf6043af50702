/* TRUTH: free — each function has its own static 'count'; they are distinct objects, each touched by only one thread */
#include <pthread.h>
#include <stdio.h>
static int f1(void) { static int count; return ++count; }
static int f2(void) { static int count; return ++count; }
void *t1(void *a) { for (int i = 0; i < 1000; i++) f1(); return 0; }
void *t2(void *a) { for (int i = 0; i < 1000; i++) f2(); return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d %d\n", f1(), f2()); return 0;
}
