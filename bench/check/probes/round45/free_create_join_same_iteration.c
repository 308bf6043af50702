/* TRUTH: free — each loop iteration creates one thread and joins it before the next, so the writes are sequential */
#include <pthread.h>
int g;
void *w(void *a){ g += (int)(long)a; return 0; }
int main(void){
  for (long i = 0; i < 3; i++) { pthread_t t; pthread_create(&t,0,w,(void*)i); pthread_join(t,0); }
  return g;
}
