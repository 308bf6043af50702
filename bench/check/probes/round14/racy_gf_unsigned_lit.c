/* racy: g is -1, and g > 5u compares as unsigned (UINT_MAX > 5), so w writes x while main writes x */
#include <pthread.h>
int g; int x;
void *w(void *a){ if (g == -1) { if (g > 5u) x = 1; } return 0; }
int main(void){ pthread_t t; g = -1; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
