/* TRUTH: free — f2(i) writes x[i] after f1(i) was joined in the same round; other live f1's write other elements */
#include <pthread.h>
int x[3];
void *f1(void *a){ long id = (long)a; x[id] = 1; return 0; }
void *f2(void *a){ long id = (long)a; x[id] = 2; return 0; }
int main(void){ pthread_t h[3];
  for (long i = 0; i < 3; i++) pthread_create(&h[i],0,f1,(void*)i);
  for (long i = 0; i < 3; i++) { pthread_join(h[i],0); pthread_create(&h[i],0,f2,(void*)i); }
  for (long i = 0; i < 3; i++) pthread_join(h[i],0); return 0; }
