/* race-free: main writes x after join */
#include <pthread.h>
enum { IDLE, READ, RUN };
int mode; int x;
void *w(void *a){ if (mode == IDLE) { mode = RUN; if (mode == RUN) x = 1; } return 0; }
int main(void){ pthread_t t; pthread_create(&t,0,w,0); pthread_join(t,0); x = 2; return x; }
