/* racy: w calls work(1) and work(0); the second call writes x while main writes x */
#include <pthread.h>
int x;
static void work(int verbose) { if (!verbose) x = 1; }
void *w(void *a){ work(1); work(0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
