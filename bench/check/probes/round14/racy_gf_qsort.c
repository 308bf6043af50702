/* racy: qsort's comparator sets g=1, so g==1 holds and w writes x while main writes x */
#include <pthread.h>
#include <stdlib.h>
int g; int x;
static int cmp(const void *a, const void *b){ g = 1; return *(const int*)a - *(const int*)b; }
void *w(void *a){ int v[2] = {2, 1}; if (g == 0) { qsort(v, 2, sizeof v[0], cmp); if (g == 1) x = 1; } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
