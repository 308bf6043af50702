/* TRUTH: free — constructor starts and joins a thread writing x before main runs */
#include <pthread.h>
int x; pthread_t ct;
void *w(void *p){ x = 1; return 0; }
__attribute__((constructor)) static void boot(void){ pthread_create(&ct,0,w,0); pthread_join(ct,0); }
int main(void){ x = 2; return 0; }
