/* TRUTH: racy — loop passes i/2 as id, so ids are 0,0,1,1; f writes a[id] */
#include <pthread.h>
int a[4];
void *f(void *arg){ long id = (long)arg; a[id] = 1; return 0; }
int main(void){ pthread_t t[4];
  for (long i = 0; i < 4; i++) pthread_create(&t[i],0,f,(void*)(i / 2));
  for (int i = 0; i < 4; i++) pthread_join(t[i],0); return 0; }
