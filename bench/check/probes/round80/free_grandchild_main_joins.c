/* TRUTH: free — child publishes grandchild tid and exits; main joins child then joins grandchild then reads x */
#include <pthread.h>
int x; pthread_t gtid;
void *gc(void *a){ x = 1; return 0; }
void *child(void *a){ pthread_create(&gtid,0,gc,0); return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,child,0); pthread_join(t,0); pthread_join(gtid,0); return x; }
