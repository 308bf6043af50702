/* racy: work('\0') passes 0, so !c holds and w writes x while main writes x */
#include <pthread.h>
int x;
static void work(int c) { if (!c) x = 1; }
void *w(void *a){ work('\0'); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
