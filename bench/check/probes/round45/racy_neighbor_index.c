/* TRUTH: racy — thread id writes a[id] and a[id+1]; threads 0 and 1 both write a[1] */
#include <pthread.h>
int a[3];
void *w(void *x){ long id = (long)x; a[id] = 1; a[id + 1] = 1; return 0; }
int main(void){
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return a[1];
}
