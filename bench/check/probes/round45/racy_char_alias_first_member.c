/* TRUTH: racy — thread A writes byte 0 of s via a char*, thread B writes s.a (which occupies byte 0) */
#include <pthread.h>
struct S { int a; int b; } s;
void *wa(void *x){ unsigned char *p = (unsigned char *)&s; p[0] = 0xff; return 0; }
void *wb(void *x){ s.a = 1; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,wa,0); pthread_create(&b,0,wb,0);
  pthread_join(a,0); pthread_join(b,0);
  return s.a;
}
