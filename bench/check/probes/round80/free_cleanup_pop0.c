/* TRUTH: free — cleanup handler writes x but is popped with 0 (not run), no cancel/exit; main writes x concurrently */
#include <pthread.h>
int x;
void cl(void *p){ x = 1; }
void *w(void *p){ pthread_cleanup_push(cl, 0); pthread_cleanup_pop(0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
