/* TRUTH: racy — created with arg 0, so u writes x racing main */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
void *u(void *arg){ if((long)arg!=0) return 0; x=1; return 0; }
int main(void){ pthread_t h; pthread_create(&h,0,u,(void*)0); x=2; pthread_join(h,0); return x; }
