/* TRUTH: free — thread 2 is created only after thread 1 is joined, so their writes to g are ordered */
#include <pthread.h>
int g;
void *w(void *a){ g += (int)(long)a; return 0; }
int main(void){
  pthread_t t;
  pthread_create(&t,0,w,(void*)1L); pthread_join(t,0);
  pthread_create(&t,0,w,(void*)2L); pthread_join(t,0);
  return g;
}
