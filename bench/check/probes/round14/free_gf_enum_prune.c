/* race-free: mode is only ever IDLE or READ, so the RUN branch never runs: x is written only by main */
#include <pthread.h>
enum { IDLE, READ, RUN };
int mode; int x;
void *w(void *a){ if (mode == READ) { if (mode == RUN) x = 1; } return 0; }
int main(void){ pthread_t t; mode = READ; pthread_create(&t,0,w,0); x = 2; pthread_join(t,0); return x; }
