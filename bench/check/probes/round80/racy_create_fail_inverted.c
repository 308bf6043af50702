/* TRUTH: racy — join guarded by the wrong condition (only on failure); on success main writes x concurrently */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
int main(void){ pthread_t t; int rc = pthread_create(&t,0,w,0);
 if (rc) { w(0); } x = 2; if (rc == 0) pthread_join(t,0); return x; }
