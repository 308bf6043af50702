/* racy: work is called through a pointer with 0, taking the !verbose branch and writing x while main writes x */
#include <pthread.h>
int x;
static void work(int verbose) { if (!verbose) x = 1; }
static void (*fp)(int) = work;
void *w(void *a){ work(1); fp(0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
