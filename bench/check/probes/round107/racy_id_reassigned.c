/* TRUTH: racy — f reads its id but then clamps it: if (id > 0) id = 0; so every instance writes a[0] */
#include <pthread.h>
int a[3];
void *f(void *arg){ long id = (long)arg; if (id > 0) id = 0; a[id] = 1; return 0; }
int main(void){ pthread_t t[3];
  for (long i = 0; i < 3; i++) pthread_create(&t[i],0,f,(void*)i);
  for (int i = 0; i < 3; i++) pthread_join(t[i],0); return 0; }
