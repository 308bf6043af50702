/* TRUTH: free — raise() runs handler synchronously in thread T; main reads x only after join */
#include <pthread.h>
#include <signal.h>
int x;
void hnd(int s){ x = 1; }
void *T(void *p){ raise(SIGUSR1); return 0; }
int main(void){ pthread_t t; signal(SIGUSR1, hnd); pthread_create(&t,0,T,0); pthread_join(t,0); return x; }
