/* TRUTH: free — thread A creates B and joins it before writing g; main joins A before reading g */
#include <pthread.h>
int g;
void *b_fn(void *x){ g = 1; return 0; }
void *a_fn(void *x){ pthread_t b; pthread_create(&b,0,b_fn,0); pthread_join(b,0); g += 1; return 0; }
int main(void){
  pthread_t a;
  pthread_create(&a,0,a_fn,0);
  pthread_join(a,0);
  return g;
}
