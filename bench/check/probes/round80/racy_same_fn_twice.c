/* TRUTH: racy — same entry fn started as two threads, both x++ */
#include <pthread.h>
int x; int twice = 1;
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0);
 if (twice) pthread_create(&b,0,w,0);
 pthread_join(a,0); if (twice) pthread_join(b,0); return x; }
