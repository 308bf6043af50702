/* TRUTH: racy — rand_r is reentrant but both threads pass the same global seed, which rand_r reads and writes */
#include <pthread.h>
#include <stdlib.h>
unsigned seed = 1;
void *w(void *x){ int s = 0; for (int i = 0; i < 10; i++) s += rand_r(&seed) & 7; return (void*)(long)s; }
int main(void){
  pthread_t t[2];
  for (int i = 0; i < 2; i++) pthread_create(&t[i],0,w,0);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return 0;
}
