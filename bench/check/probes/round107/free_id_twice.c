/* TRUTH: free — ids 0..2; f writes a[2*id] and a[2*id+1]: all distinct */
#include <pthread.h>
int a[6];
void *f(void *arg){ long id = (long)arg; a[2 * id] = 1; a[2 * id + 1] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
