/* TRUTH: free — lgamma_r returns the sign through a per-thread out-parameter and touches no global */
#include <pthread.h>
#include <math.h>
void *w(void *x){ int sg; double s = 0; for (int i = 1; i < 50; i++) s += lgamma_r(-0.5 * i, &sg) * sg; return (void*)(long)s; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return 0;
}
