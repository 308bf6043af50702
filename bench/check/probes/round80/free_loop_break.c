/* TRUTH: free — loop creates a thread then breaks at i==0, so only one thread writes x; joined before main reads */
#include <pthread.h>
int x;
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t t[10]; int n = 0;
 for (int i = 0; i < 10; i++){ pthread_create(&t[i],0,w,0); n++; if (i == 0) break; }
 for (int i = 0; i < n; i++) pthread_join(t[i],0); return x; }
