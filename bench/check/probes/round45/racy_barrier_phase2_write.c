/* TRUTH: racy — after the barrier thread id writes a[(id+1)%2] while the neighbour reads/writes a[own] in phase 2 */
#include <pthread.h>
int a[2];
pthread_barrier_t bar;
void *w(void *x){
  long id = (long)x;
  a[id] = 1;
  pthread_barrier_wait(&bar);
  a[(id + 1) % 2] += a[id];
  return 0;
}
int main(void){
  pthread_barrier_init(&bar, 0, 2);
  pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0);
  return a[0];
}
