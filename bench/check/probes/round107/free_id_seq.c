/* TRUTH: free — the counting loop joins each thread before starting the next; all write a[0] but sequentially */
#include <pthread.h>
int a[2];
void *f(void *arg){ long id = (long)arg; a[0] += (int)id; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) { pthread_create(&t[i],0,f,(void*)i); pthread_join(t[i],0); }
  return a[0] != 3; }
