/* TRUTH: racy — create retried until success; main writes x without joining first */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
int main(void){ pthread_t t; while (pthread_create(&t,0,w,0) != 0) ; x = 2; pthread_join(t,0); return 0; }
