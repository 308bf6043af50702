/* racy: work(2) gives _Bool 1... control: flag is 2 -> true, so x written; main writes x */
#include <pthread.h>
int x;
static void work(_Bool on) { if (on) x = 1; }
void *w(void *a){ work(2); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
