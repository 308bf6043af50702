/* racy: work(256) converts 256 to unsigned char 0, so !quiet holds and w writes x while main writes x */
#include <pthread.h>
int x;
static void work(unsigned char quiet) { if (!quiet) x = 1; }
void *w(void *a){ work(256); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
