/* TRUTH: free — foreach() calls a callback that creates+joins a thread per element; each writes x sequentially */
#include <pthread.h>
int x;
void *w(void *p){ x += (int)(long)p; return 0; }
void cb(int v){ pthread_t t; pthread_create(&t,0,w,(void*)(long)v); pthread_join(t,0); }
void foreach(const int *a, int n, void (*f)(int)){ for (int i=0;i<n;i++) f(a[i]); }
int main(void){ int a[3] = {1,2,3}; foreach(a,3,cb); return x; }
