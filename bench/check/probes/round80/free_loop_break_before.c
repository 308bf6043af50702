/* TRUTH: free — break happens before create when i==1, so only one thread */
#include <pthread.h>
int x;
void *w(void *p){ x++; return 0; }
int main(void){ pthread_t t[10]; int n = 0;
 for (int i = 0; i < 10; i++){ if (i == 1) break; pthread_create(&t[i],0,w,0); n++; }
 for (int i = 0; i < n; i++) pthread_join(t[i],0); return x; }
