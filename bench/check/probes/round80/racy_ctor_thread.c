/* TRUTH: racy — constructor (runs before main) starts a thread writing x; main writes x concurrently */
#include <pthread.h>
int x; pthread_t ct;
void *w(void *p){ x = 1; return 0; }
__attribute__((constructor)) static void boot(void){ pthread_create(&ct,0,w,0); }
int main(void){ x = 2; pthread_join(ct,0); return 0; }
