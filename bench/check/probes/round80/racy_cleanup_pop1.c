/* TRUTH: racy — cleanup handler popped with 1 runs and writes x while main writes x */
#include <pthread.h>
int x;
void cl(void *p){ x = 1; }
void *w(void *p){ pthread_cleanup_push(cl, 0); pthread_cleanup_pop(1); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
