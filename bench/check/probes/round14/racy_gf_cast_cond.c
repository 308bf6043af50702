/* racy: g is 256, (unsigned char)g == 0 holds and g == 256 holds, so w writes x while main writes x */
#include <pthread.h>
int g; int x;
void *w(void *a){ if ((unsigned char)g == 0) { if (g == 256) x = 1; } return 0; }
int main(void){ pthread_t t; g = 256; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
