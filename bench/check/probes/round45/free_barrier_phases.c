/* TRUTH: free — phase 1 each thread writes a[id]; barrier; phase 2 reads the neighbour's slot (never written again) */
#include <pthread.h>
#define N 2
int a[N], b[N];
pthread_barrier_t bar;
void *w(void *x){
  long id = (long)x;
  a[id] = (int)id + 1;
  pthread_barrier_wait(&bar);
  b[id] = a[(id + 1) % N];
  return 0;
}
int main(void){
  pthread_barrier_init(&bar, 0, N);
  pthread_t t[N];
  for (long i = 0; i < N; i++) pthread_create(&t[i],0,w,(void*)i);
  for (int i = 0; i < N; i++) pthread_join(t[i],0);
  return b[0] + b[1];
}
