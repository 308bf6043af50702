/* TRUTH: free — qsort comparator starts and joins a thread writing x; main writes x after qsort */
#include <pthread.h>
#include <stdlib.h>
int x; int started;
void *w(void *p){ x = 1; return 0; }
int cmp(const void *a, const void *b){ if (!started){ pthread_t t; started = 1; pthread_create(&t,0,w,0); pthread_join(t,0); } return *(const int*)a - *(const int*)b; }
int main(void){ int a[4] = {3,1,2,0}; qsort(a,4,sizeof(int),cmp); x = 2; return a[0]; }
