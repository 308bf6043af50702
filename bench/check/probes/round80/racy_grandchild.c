/* TRUTH: racy — child does not join grandchild, main reads x after joining child only */
#include <pthread.h>
int x;
void *gc(void *a){ x = 1; return 0; }
void *child(void *a){ pthread_t t; pthread_create(&t,0,gc,0); pthread_detach(t); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,child,0); pthread_join(t,0); int r = x; pthread_exit(0); return r; }
