/* TRUTH: free — entry fn writes global; started only once (second call guarded by false flag) */
#include <pthread.h>
int x; int twice = 0;
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t a,b; pthread_create(&a,0,w,0);
 if (twice) pthread_create(&b,0,w,0);
 pthread_join(a,0); if (twice) pthread_join(b,0); return x; }
