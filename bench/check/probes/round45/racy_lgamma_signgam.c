/* TRUTH: racy — lgamma stores the sign into the global signgam; two threads call it concurrently */
#include <pthread.h>
#include <math.h>
void *w(void *x){ double s = 0; for (int i = 1; i < 50; i++) s += lgamma(-0.5 * i); return (void*)(long)s; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  pthread_join(a,0); pthread_join(b,0);
  return signgam;
}
