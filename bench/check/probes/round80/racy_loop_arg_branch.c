/* TRUTH: racy — loop i=0..2; i==0 and i==2 both take the b++ branch */
#include <pthread.h>
int a, b;
void *w(void *p){ if ((long)p == 1) a++; else b++; return 0; }
int main(void){ pthread_t t[3]; for (long i=0;i<3;i++) pthread_create(&t[i],0,w,(void*)i); for (int i=0;i<3;i++) pthread_join(t[i],0); return a+b; }
