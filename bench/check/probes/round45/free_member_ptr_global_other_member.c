/* TRUTH: free — gp = &s.a is written through by thread A; thread B writes s.b, a different member */
#include <pthread.h>
struct S { int a; int b; } s;
int *gp;
void *wa(void *x){ *gp = 1; return 0; }
void *wb(void *x){ s.b = 2; return 0; }
int main(void){
  gp = &s.a;
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return s.a + s.b;
}
