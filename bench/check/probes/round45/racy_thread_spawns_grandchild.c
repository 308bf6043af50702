/* TRUTH: racy — thread A starts grandchild C and returns without joining it; main joins A, then writes g while C runs */
#include <pthread.h>
int g;
void *c_fn(void *x){ g = 1; return 0; }
void *a_fn(void *x){ pthread_t c; pthread_create(&c,0,c_fn,0); pthread_detach(c); return 0; }
int main(void){
  pthread_t a;
  pthread_create(&a,0,a_fn,0);
  pthread_join(a,0);
  g = 2;
  pthread_exit(0);
}
