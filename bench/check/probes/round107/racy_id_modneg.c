/* TRUTH: racy — ids 0..2 passed as i-1 (-1,0,1); f writes data[(id+3) % 2]: ids -1 and 1 both hit data[0] */
#include <pthread.h>
int data[2];
void *f(void *arg){ long id = (long)arg; data[(id + 3) % 2] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)(i - 1));
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
