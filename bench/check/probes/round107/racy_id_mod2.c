/* TRUTH: racy — ids 1 and 3 (loop 1..3 step 2) write two[id % 2]: both two[1] */
#include <pthread.h>
int two[2];
void *f(void *arg){ long id = (long)arg; two[id % 2] += 1; return 0; }
int main(void){ pthread_t t[2];
  for (long i = 1; i < 4; i += 2) pthread_create(&t[i / 2],0,f,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0); return 0; }
