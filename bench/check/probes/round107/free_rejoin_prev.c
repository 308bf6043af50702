/* TRUTH: free — f2(i) reads x[i-1] (only for i>0); f1(i-1) was joined in an earlier round, f1(j>=i) write other elements */
#include <pthread.h>
int x[3];
int r[3];
void *f1(void *a){ long id = (long)a; x[id] = 1; return 0; }
void *f2(void *a){ long id = (long)a; if (id > 0) r[id] = x[id - 1]; return 0; }
int main(void){ pthread_t h[3];
  for (long i = 0; i < 3; i++) pthread_create(&h[i],0,f1,(void*)i);
  for (long i = 0; i < 3; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,(void*)i); }
  for (long i = 0; i < 3; i++) pthread_join(h[i],0); return 0; }
