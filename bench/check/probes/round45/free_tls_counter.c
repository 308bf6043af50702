/* TRUTH: free — tcount is _Thread_local, so each thread increments its own copy */
#include <pthread.h>
_Thread_local int tcount;
void *w(void *x){ for (int i = 0; i < 100; i++) tcount++; return (void*)(long)tcount; }
int main(void){
  pthread_t a, b;
  pthread_create(&a,0,w,0); pthread_create(&b,0,w,0);
  tcount = 5;
  pthread_join(a,0); pthread_join(b,0);
  return tcount;
}
