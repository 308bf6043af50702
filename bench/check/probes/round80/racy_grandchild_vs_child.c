/* TRUTH: racy — child writes x after creating grandchild which also writes x, no sync */
#include <pthread.h>
int x;
void *gc(void *a){ x = 1; return 0; }
void *child(void *a){ pthread_t t; pthread_create(&t,0,gc,0); x = 2; pthread_join(t,0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,child,0); pthread_join(t,0); return x; }
