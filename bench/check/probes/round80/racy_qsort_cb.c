/* TRUTH: racy — qsort comparator starts a thread (on first call) writing x; main writes x after qsort before join */
#include <pthread.h>
#include <stdlib.h>
int x; pthread_t ct; int started;
void *w(void *p){ x = 1; return 0; }
int cmp(const void *a, const void *b){ if (!started){ started = 1; pthread_create(&ct,0,w,0); } return *(const int*)a - *(const int*)b; }
int main(void){ int a[4] = {3,1,2,0}; qsort(a,4,sizeof(int),cmp); x = 2; pthread_join(ct,0); return a[0]; }
