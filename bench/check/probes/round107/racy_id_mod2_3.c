/* TRUTH: racy — 3 instances (ids 0..2) write two[id % 2]: ids 0 and 2 collide */
#include <pthread.h>
int two[2];
void *f(void *arg){ long id = (long)arg; two[id % 2] += 1; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
