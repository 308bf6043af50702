/* TRUTH: racy — u.i and u.f are the same memory; two threads write them concurrently */
#include <pthread.h>
union U { int i; float f; } u;
void *w1(void *x){ u.i = 1; return 0; }
void *w2(void *x){ u.f = 2.0f; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return u.i;
}
