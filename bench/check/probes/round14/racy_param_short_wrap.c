/* racy: work(65536) converts to unsigned short 0, so !n holds and w writes x while main writes x */
#include <pthread.h>
int x;
static void work(unsigned short n) { if (n == 0) x = 1; }
void *w(void *a){ work(65536); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
