/* TRUTH: free — run_sync() creates a thread and joins it before returning, so the two runs of w are ordered */
#include <pthread.h>
int g;
static void run_sync(void *(*fn)(void *)){ pthread_t t; pthread_create(&t,0,fn,0); pthread_join(t,0); }
static void *w(void *a){ g++; return 0; }
int main(void){
  run_sync(w);
  run_sync(w);
  g++;
  return g;
}
