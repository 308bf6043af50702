/* racy: q starts 0 but set() makes it 1 through a pointer, so work(q) writes x while main writes x */
#include <pthread.h>
int x;
static void set(int *p) { *p = 1; }
static void work(int on) { if (on) x = 1; }
void *w(void *a){ int q = 0; set(&q); work(q); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
