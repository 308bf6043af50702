/* TRUTH: free — each worker writes its own slot; main sums after joins */
#include <pthread.h>
int out[8];
void *f(void *a){ long i = (long)a; out[i] = (int)i*i; return 0; }
int main(void){ pthread_t t[8]; for (long i=0;i<8;i++) pthread_create(&t[i],0,f,(void*)i); for (int i=0;i<8;i++) pthread_join(t[i],0); int s=0; for(int i=0;i<8;i++) s+=out[i]; return s; }
