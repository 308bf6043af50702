/* TRUTH: racy — child joins grandchild only when arg==0; started with arg 1, main reads x after joining child */
#include <pthread.h>
int x;
void *gc(void *a){ x = 1; return 0; }
void *child(void *a){ pthread_t t; pthread_create(&t,0,gc,0); if (a == 0) pthread_join(t,0); else pthread_detach(t); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,child,(void*)1); pthread_join(t,0); int r = x; pthread_exit(0); return r; }
