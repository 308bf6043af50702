/* race-free: main writes x after join */
#include <pthread.h>
int x;
static void work(unsigned char quiet) { if (!quiet) x = 1; }
void *w(void *a){ work(256); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
