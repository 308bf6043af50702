/* TRUTH: free — bit-fields a and b are separated by a zero-width bit-field, so they are separate memory locations */
#include <pthread.h>
struct F { unsigned a : 4; unsigned : 0; unsigned b : 4; } flags;
void *w1(void *x){ flags.a = 3; return 0; }
void *w2(void *x){ flags.b = 5; return 0; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w1,0); pthread_create(&b,0,w2,0);
  pthread_join(a,0); pthread_join(b,0);
  return flags.a + flags.b;
}
