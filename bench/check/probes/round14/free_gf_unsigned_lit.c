/* race-free: main writes x after join */
#include <pthread.h>
int g; int x;
void *w(void *a){ if (g == -1) { if (g > 5u) x = 1; } return 0; }
int main(void){ pthread_t t; g = -1; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
