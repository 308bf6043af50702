/* TRUTH: racy — loop i = 0,2 (step 2); f writes a[id], a[id+1], a[id+2]: both reach a[2] */
#include <pthread.h>
int a[5];
void *f(void *arg){ long id = (long)arg; a[id] = 1; a[id + 1] = 1; a[id + 2] = 1; return 0; }
int main(void){ pthread_t t[2];
  for (long i = 0; i < 4; i += 2) pthread_create(&t[i / 2],0,f,(void*)i);
  for (int i = 0; i < 2; i++) pthread_join(t[i],0); return 0; }
