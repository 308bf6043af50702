/* TRUTH: free — main pthread_exits; only one thread writes x */
#include <pthread.h>
int x;
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t a; pthread_create(&a,0,w,0); pthread_exit(0); }
