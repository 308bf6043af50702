/* TRUTH: free — hist is a _Thread_local array; each thread fills its own copy at shared indices */
#include <pthread.h>
_Thread_local int hist[8];
void *w(void *x){ for (int i = 0; i < 64; i++) hist[i & 7]++; return (void*)(long)hist[3]; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  hist[3] = 9;
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return hist[3];
}
