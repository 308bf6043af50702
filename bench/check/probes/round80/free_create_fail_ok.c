/* TRUTH: free — join iff create succeeded; on failure run w inline; main writes x afterwards */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
int main(void){ pthread_t t; int ok = pthread_create(&t,0,w,0) == 0;
 if (ok) pthread_join(t,0); else w(0); x = 2; return x; }
