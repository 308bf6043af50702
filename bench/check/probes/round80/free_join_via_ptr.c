/* TRUTH: free — pthread_join called through a function pointer before main writes x */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
int main(void){ int (*pj)(pthread_t, void**) = pthread_join;
 pthread_t t; pthread_create(&t,0,w,0); pj(t,0); x = 2; return 0; }
