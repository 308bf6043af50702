/* TRUTH: free — rand_r uses a per-thread seed on the thread's own stack */
#include <pthread.h>
#include <stdlib.h>
void *w(void *x){ unsigned seed = (unsigned)(long)x; int s = 0; for (int i = 0; i < 10; i++) s += rand_r(&seed) & 7; return (void*)(long)s; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)(i + 1));
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
