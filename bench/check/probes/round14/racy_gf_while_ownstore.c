/* racy: in the second while iteration w sees its own g=1 and writes x while main writes x */
#include <pthread.h>
int g; int x;
void *w(void *a){ int n = 0; if (g == 0) { while (n < 2) { if (g == 1) x = 1; else g = 1; n++; } } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
