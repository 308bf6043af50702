/* TRUTH: free — main calls the worker function directly before starting the thread, so the writes are ordered */
#include <pthread.h>
int g;
void *w(void *x){ g++; return 0; }
int main(void){
  w(0);
  pthread_t t;
  pthread_create(&t,0,w,0);
  pthread_join(t,0);
  w(0);
  return g;
}
