/* racy: q is 0 in the first iteration and 1 in the second, so work(q) writes x while main writes x */
#include <pthread.h>
int x;
static void work(int on) { if (on) x = 1; }
void *w(void *a){ int q = 0; for (int i = 0; i < 2; i++) { work(q); q = 1; } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
