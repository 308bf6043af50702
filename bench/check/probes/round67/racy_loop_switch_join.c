/* TRUTH: racy — join only in case 0 of a switch, other passes leave thread running */
#include <pthread.h>
#include <unistd.h>
int x;
void *f(void *a){ usleep(1000); x++; return 0; }
int main(void){ pthread_t t; for (int i=0;i<4;i++){ pthread_create(&t,0,f,0); switch(i%2){ case 0: pthread_join(t,0); break; default: break; } } sleep(1); return 0; }
