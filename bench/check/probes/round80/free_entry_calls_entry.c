/* TRUTH: free — thread A calls B's entry fn directly (not as a thread); only one thread touches x besides main after join */
#include <pthread.h>
int x;
void *B(void *p){ x++; return 0; }
void *A(void *p){ B(p); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,A,0); pthread_join(t,0); x++; pthread_create(&t,0,B,0); pthread_join(t,0); return x; }
