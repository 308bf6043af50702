/* TRUTH: free — 3 instances (ids 0..2) write data[id % 4]: distinct */
#include <pthread.h>
int data[4];
void *f(void *arg){ long id = (long)arg; data[id % 4] = (int)id; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
