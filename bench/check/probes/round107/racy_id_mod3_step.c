/* TRUTH: racy — ids 0 and 3 (loop step 3): data[id % 3] is data[0] for both */
#include <pthread.h>
int data[3];
void *f(void *arg){ long id = (long)arg; data[id % 3] = (int)id; return 0; }
int main(void){ pthread_t t[2];
  for (long i = 0; i < 6; i += 3) pthread_create(&t[i / 3],0,f,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0); return 0; }
