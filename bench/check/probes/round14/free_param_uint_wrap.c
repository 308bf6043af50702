/* race-free: main writes x after join */
#include <pthread.h>
int x;
static void work(unsigned int on) { if (on) { } else x = 1; }
void *w(void *a){ work(0x100000000); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
