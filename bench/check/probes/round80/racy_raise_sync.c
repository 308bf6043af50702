/* TRUTH: racy — handler (run in T via raise) writes x while main reads x before joining */
#include <pthread.h>
#include <signal.h>
int x;
void hnd(int s){ x = 1; }
void *T(void *p){ raise(SIGUSR1); return 0; }
int main(void){ pthread_t t; signal(SIGUSR1, hnd); pthread_create(&t,0,T,0); int r = x; pthread_join(t,0); return r; }
