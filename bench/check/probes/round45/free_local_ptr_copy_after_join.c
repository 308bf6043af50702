/* TRUTH: free — main writes g through a copied pointer only after the thread that wrote g is joined */
#include <pthread.h>
int g;
void *w(void *x){ int *q = x; *q = 5; return 0; }
int main(void){
  int *a = &g; int *b = a;
  pthread_t t;
  pthread_create(&t,0,w,a);
  pthread_join(t,0);
  *b += 1;
  return g;
}
