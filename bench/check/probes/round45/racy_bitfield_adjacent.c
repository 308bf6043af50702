/* TRUTH: racy — adjacent non-zero-width bit-fields a and b are one memory location (C11 3.14) */
#include <pthread.h>
struct F { unsigned a : 4; unsigned b : 4; } flags;
void *w1(void *x){ flags.a = 3; return 0; }
void *w2(void *x){ flags.b = 5; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return flags.a + flags.b;
}
