/* TRUTH: free — 2 instances (ids 0,1) write two[id % 2]: distinct */
#include <pthread.h>
int two[2];
void *f(void *arg){ long id = (long)arg; two[id % 2] += 1; return 0; }
int main(void){ pthread_t t[2];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0); return 0; }
