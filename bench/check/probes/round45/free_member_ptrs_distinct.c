/* TRUTH: free — thread A gets &s.a, thread B gets &s.b; distinct non-bit-field members are separate locations */
#include <pthread.h>
struct S { int a; int b; } s;
void *w(void *x){ int *p = x; for (int i = 0; i < 100; i++) *p += 1; return 0; }
int main(void){
  pthread_t t1, t2;
  pthread_create(&t1,0,w,&s.a); pthread_create(&t2,0,w,&s.b);
  pthread_join(t1,0); pthread_join(t2,0);
  return s.a + s.b;
}
