/* TRUTH: racy — ids 0 and 256 are truncated to unsigned char in f, so both write a[0] */
#include <pthread.h>
int a[2];
void *f(void *arg){ unsigned char id = (unsigned char)(long)arg; a[id] = 1; return 0; }
int main(void){ pthread_t t[2];
  for (long i = 0; i <= 256; i += 256) pthread_create(&t[i / 256],0,f,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0); return 0; }
