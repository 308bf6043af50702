/* racy: main stores g=1 with no synchronization while w reads g (race on g, and on x) */
#include <pthread.h>
#include <unistd.h>
int g; int x;
void *w(void *a){ if (g == 0) { sleep(1); if (g == 1) x = 1; } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); g = 1; x = 2; pthread_join(t,0); return x; }
