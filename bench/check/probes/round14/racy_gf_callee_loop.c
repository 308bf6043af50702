/* racy: step() is called twice in a loop; the second call sees g==1 (set by the first) and writes x while main writes x */
#include <pthread.h>
int g; int x;
static void step(void){ if (g == 1) x = 1; g = 1; }
void *w(void *a){ if (g == 0) { for (int i = 0; i < 2; i++) step(); } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
