/* TRUTH: free — threads write field 'n' of two different global struct objects */
#include <pthread.h>
#include <stdio.h>
struct C { int n; } c1, c2;
void *t1(void *a) { c1.n++; return 0; }
void *t2(void *a) { c2.n++; return 0; }
int main(void) {
  pthread_t a, b;
  pthread_create(&a, 0, t1, 0); pthread_create(&b, 0, t2, 0);
  pthread_join(a, 0); pthread_join(b, 0);
  printf("%d %d\n", c1.n, c2.n); return 0;
}
