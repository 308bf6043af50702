/* TRUTH: racy — two counting loops each start f with ids 0,1; f(0) of loop 1 and f(0) of loop 2 both write a[0] */
#include <pthread.h>
int a[2];
void *f(void *arg){ long id = (long)arg; a[id] = 1; return 0; }
int main(void){ pthread_t t[4];
  for (long i = 0; i < 2; i++) pthread_create(&t[i],0,f,(void*)i);
  for (long i = 0; i < 2; i++) pthread_create(&t[2 + i],0,f,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0); return 0; }
