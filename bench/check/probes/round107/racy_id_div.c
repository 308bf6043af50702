/* TRUTH: racy — ids 0..3, f writes a[id / 2]: ids 0 and 1 both write a[0] */
#include <pthread.h>
int a[4];
void *f(void *arg){ long id = (long)arg; a[id / 2] = 1; return 0; }
int main(void){ pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 4; i++) pthread_join(t[i],0); return 0; }
