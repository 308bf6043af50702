/* TRUTH: racy — b copies a == &g, thread writes through b; main writes g concurrently */
#include <pthread.h>
int g;
void *w(void *x){ int *q = x; *q = 5; return 0; }
int main(void){
  int *a = &g; int *b = a;
  pthread_t t;
  pthread_create(&t,0,w,b);
  g = 9;
  pthread_join(t,0);
  return g;
}
