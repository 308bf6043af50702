/* TRUTH: racy — main joins b twice-looking tids: joins t[1] only; t[0] writer still running when main reads */
#include <pthread.h>
int x;
void *w(void *p){ x = 1; return 0; }
void *n(void *p){ return 0; }
int main(void){ pthread_t t[2]; pthread_create(&t[0],0,w,0); pthread_create(&t[1],0,n,0); pthread_join(t[1],0); int r = x; pthread_join(t[0],0); return r; }
