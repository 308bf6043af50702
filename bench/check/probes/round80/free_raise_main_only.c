/* TRUTH: free — main raises (handler writes x in main) before creating thread that reads x */
#include <pthread.h>
#include <signal.h>
int x;
void hnd(int s){ x = 1; }
void *T(void *p){ return (void*)(long)x; }
int main(void){ pthread_t t; signal(SIGUSR1, hnd); raise(SIGUSR1); pthread_create(&t,0,T,0); pthread_join(t,0); return 0; }
