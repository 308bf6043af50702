/* TRUTH: racy — both threads setspecific &shared; (*p)++ through getspecific (line 6) races */ #include <pthread.h>
#include <stdlib.h>
#include <assert.h>
int shared; pthread_key_t key;
void *w(void *x){ pthread_setspecific(key, &shared);
  for (int i=0;i<100;i++){ int *p = pthread_getspecific(key); (*p)++; } return 0; }
int main(void){ pthread_key_create(&key, 0); pthread_t a,b; pthread_create(&a,0,w,0); pthread_create(&b,0,w,0); pthread_join(a,0); pthread_join(b,0); return shared; }
