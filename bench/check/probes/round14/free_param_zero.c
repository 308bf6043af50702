/* race-free: work(1) never takes the !verbose branch, so x is written only by main */
#include <pthread.h>
int x;
static void work(int verbose) { if (!verbose) x = 1; }
void *w(void *a){ work(1); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
