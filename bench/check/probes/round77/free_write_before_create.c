/* TRUTH: free — main writes x before creating t, t reads x, main joins before writing again */
#include <pthread.h>
int x;
void *t(void *a){ int y=x; (void)y; return 0; }
int main(void){ pthread_t th; x=1; pthread_create(&th,0,t,0); pthread_join(th,0); x=2; return x; }
