/* TRUTH: racy — callback creates threads stored in array, joined only after foreach; threads x+= concurrently */
#include <pthread.h>
int x; pthread_t ts[3]; int nt;
void *w(void *p){ x += (int)(long)p; return 0; }
void cb(int v){ pthread_create(&ts[nt++],0,w,(void*)(long)v); }
void foreach(const int *a, int n, void (*f)(int)){ for (int i=0;i<n;i++) f(a[i]); }
int main(void){ int a[3] = {1,2,3}; foreach(a,3,cb); for (int i=0;i<nt;i++) pthread_join(ts[i],0); return x; }
