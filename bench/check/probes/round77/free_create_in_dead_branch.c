/* TRUTH: free — unsigned n=3; n-4 wraps to UINT_MAX > 5, so the empty branch runs and the thread is never created */
#include <pthread.h>
int a[4]; int x;
void *t(void *arg){ int i=(int)(long)arg; a[i]++; return 0; }
int main(void){ pthread_t h; unsigned n=3; if(n-4 > 5) { } else pthread_create(&h,0,t,(void*)0); a[0]=7; return a[0]; }
